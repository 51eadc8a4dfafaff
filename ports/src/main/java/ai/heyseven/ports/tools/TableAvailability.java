package ai.heyseven.ports.tools;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A reservation system: the seatings a restaurant still has for a party. */
public interface TableAvailability {

    /**
     * The times on {@code date} (the property's local date) at which {@code venue} can seat
     * {@code partySize} guests, earliest first; empty when it has none.
     *
     * @param venue the restaurant, as the property's knowledge describes it
     * @throws ai.heyseven.ports.BackendException when the reservation system cannot answer
     */
    List<LocalTime> openSeatings(String casinoId, KnowledgeItem venue, LocalDate date, int partySize);
}
