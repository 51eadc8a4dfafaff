package ai.heyseven.ports.comps;

import java.util.Optional;

/**
 * The casino's player system (player tracking: tier, theoretical, trips, points, comp balance), read
 * for a known guest. Files beside the sample properties in {@code dev}; documents the casino's
 * integration writes under the casino in Firestore in {@code prod} (see {@code docs/comps.md} for
 * connecting a real system). Read-only: the agent never changes a guest's account.
 */
public interface PlayerTracking {

    /**
     * The account of {@code guestId} at {@code casinoId}; empty for a guest the player system does
     * not know (or a casino without one).
     *
     * @throws PlayerTrackingException when the player system could not be read in its timeout
     */
    Optional<PlayerAccount> account(String casinoId, String guestId);
}
