package ai.heyseven.ports.comps;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One past stay as the player system rated it.
 *
 * @param theoretical the casino's theoretical win from the guest's rated play over the trip, in whole currency units
 */
public record Trip(LocalDate arrived, LocalDate departed, long theoretical) {
    public Trip {
        Objects.requireNonNull(arrived, "arrived");
        Objects.requireNonNull(departed, "departed");
        if (departed.isBefore(arrived)) {
            throw new IllegalArgumentException("a trip departs on or after it arrives, got " + arrived + " to " + departed);
        }
        if (theoretical < 0) {
            throw new IllegalArgumentException("theoretical must not be negative, got " + theoretical);
        }
    }
}
