package ai.heyseven.ports.comps;

import java.util.List;
import java.util.Objects;

/**
 * A known guest's account in the casino's player system. Amounts are whole currency units of the
 * casino's comp policy.
 *
 * @param tier the loyalty tier as the player system names it ({@code Gold})
 * @param averageDailyTheoretical the average daily theoretical (ADT) of the guest's rated play
 * @param trips past stays, most recent first (at most {@link #MAX_TRIPS})
 * @param points the loyalty points balance
 * @param compBalance the comp dollars the guest has earned and not spent
 */
public record PlayerAccount(String guestId, String tier, long averageDailyTheoretical, List<Trip> trips, long points,
        long compBalance) {
    /** Trips an account carries at most: the player system's recent history, not all of it. */
    public static final int MAX_TRIPS = 50;

    public PlayerAccount {
        Objects.requireNonNull(guestId, "guestId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(trips, "trips");
        if (tier.isBlank()) {
            throw new IllegalArgumentException("the tier of guest " + guestId + " is blank");
        }
        if (averageDailyTheoretical < 0 || points < 0 || compBalance < 0) {
            throw new IllegalArgumentException("theoretical, points and comp balance must not be negative for guest " + guestId);
        }
        trips = List.copyOf(trips.subList(0, Math.min(trips.size(), MAX_TRIPS)));
    }
}
