package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.PlayerTracking;
import ai.heyseven.ports.comps.Trip;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PlayerTracking} promises; each adapter's test extends this class and says how the
 * casino's integration puts accounts where the adapter reads them (a file, a document).
 */
public abstract class PlayerTrackingContract {

    /** The player system of {@code casinoId} holding exactly {@code accounts}, as the casino's integration wrote them. */
    protected abstract PlayerTracking trackingWith(String casinoId, List<PlayerAccount> accounts);

    private static String casino() {
        return "casino-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Gold guest with two rated trips, most recent first. */
    public static PlayerAccount gold(String guestId) {
        return new PlayerAccount(guestId, "Gold", 400, List.of(
                new Trip(LocalDate.parse("2026-09-11"), LocalDate.parse("2026-09-14"), 1250),
                new Trip(LocalDate.parse("2026-05-02"), LocalDate.parse("2026-05-04"), 760)), 18_500, 180);
    }

    @Test
    void aKnownGuestsAccountIsReadWhole() {
        String casino = casino();
        PlayerAccount gold = gold("guest-gold");
        PlayerAccount bronze = new PlayerAccount("guest-bronze", "Bronze", 40, List.of(), 1_200, 15);
        PlayerTracking tracking = trackingWith(casino, List.of(gold, bronze));

        assertEquals(Optional.of(gold), tracking.account(casino, "guest-gold"));
        assertEquals(Optional.of(bronze), tracking.account(casino, "guest-bronze"));
        assertEquals(List.of(LocalDate.parse("2026-09-11"), LocalDate.parse("2026-05-02")),
                tracking.account(casino, "guest-gold").orElseThrow().trips().stream().map(Trip::arrived).toList(), "most recent first");
    }

    @Test
    void anUnknownGuestHasNoAccount() {
        String casino = casino();
        PlayerTracking tracking = trackingWith(casino, List.of(gold("guest-gold")));

        assertTrue(tracking.account(casino, "guest-nobody").isEmpty());
    }

    @Test
    void casinosAreApart() {
        String casino = casino();
        PlayerTracking tracking = trackingWith(casino, List.of(gold("guest-gold")));

        assertTrue(tracking.account(casino(), "guest-gold").isEmpty(), "the same guest id at another casino is another guest");
    }
}
