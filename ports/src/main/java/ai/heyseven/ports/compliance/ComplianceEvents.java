package ai.heyseven.ports.compliance;

import java.util.List;

/** Where compliance events are kept (Firestore in {@code prod}). */
public interface ComplianceEvents {

    /**
     * Records one event durably before returning.
     *
     * @throws ComplianceEventsException when it could not be recorded (the turn then fails rather than lose it)
     */
    void record(ComplianceEvent event);

    /**
     * The newest {@code limit} events of a casino, newest first: what the desk's compliance view shows.
     * An event kept after its guest's erase no longer names the guest ({@code guestId} null).
     *
     * @throws ComplianceEventsException when they could not be read
     */
    List<ComplianceEvent> recent(String casinoId, int limit);
}
