package ai.heyseven.adapter.local;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.OpenSpan;
import ai.heyseven.ports.tools.TableAvailability;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reservation book of {@code dev}, where there is no reservation system: a restaurant seats a
 * party every {@code step} from opening until {@code lastSeating} before closing, and parties up to
 * {@code largestParty}; larger ones are for a host. Nothing is booked through it, so every seating
 * inside the hours is open — what a reservation system adds is what it has already sold.
 */
public final class SeatingPlan implements TableAvailability {
    private final Duration step;
    private final Duration lastSeating;
    private final int largestParty;

    public SeatingPlan(Duration step, Duration lastSeating, int largestParty) {
        if (step.toMinutes() < 5 || lastSeating.isNegative() || largestParty < 1) {
            throw new IllegalArgumentException("a seating plan needs a step of 5 minutes or more, a last seating and a party size");
        }
        this.step = step;
        this.lastSeating = lastSeating;
        this.largestParty = largestParty;
    }

    /** Every half hour until an hour before closing, parties up to ten. */
    public static SeatingPlan standard() {
        return new SeatingPlan(Duration.ofMinutes(30), Duration.ofHours(1), 10);
    }

    @Override
    public List<LocalTime> openSeatings(String casinoId, KnowledgeItem venue, LocalDate date, int partySize) {
        Optional<OpenSpan> hours = venue.hours().on(date.getDayOfWeek());
        if (hours.isEmpty() || partySize > largestParty) {
            return List.of();
        }
        OpenSpan span = hours.get();
        long minutesOpen = span.aroundTheClock() ? Duration.ofDays(1).toMinutes()
                : Duration.between(span.opens(), span.closes()).plusDays(span.closesNextDay() ? 1 : 0).toMinutes();
        List<LocalTime> seatings = new ArrayList<>();
        for (long minute = 0; minute <= minutesOpen - lastSeating.toMinutes(); minute += step.toMinutes()) {
            LocalTime time = span.opens().plusMinutes(minute);
            if (minute > 0 && !time.isAfter(span.opens())) {
                break; // past midnight: those seatings belong to the next calendar day
            }
            seatings.add(time);
        }
        return seatings;
    }
}
