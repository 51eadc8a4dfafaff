package ai.heyseven.ports.guest;

import ai.heyseven.ports.Sha256;
import java.util.Optional;

/** The driving port for a guest's data rights. */
public interface GuestData {

    /**
     * Erases (CCPA) every conversation and the profile of {@code guestId} at {@code casinoId}, in
     * every store that holds one; consent records that the law requires stay. Idempotent: a second
     * erase finds nothing and succeeds.
     *
     * @param actor who asked, as the audit trail records it (an API key's id, never the key)
     * @return what was found and erased; empty when the casino is unknown
     * @throws ai.heyseven.ports.BackendException when a store is down: the erase is not complete and
     *     must be retried (each step is idempotent, so a retry finishes the job)
     */
    Optional<Erasure> erase(String casinoId, String guestId, String actor);

    /**
     * How records that outlive an erase (compliance events, the audit trail) name a guest: the hex
     * SHA-256 of casino and guest id — the same guest gives the same key, the key gives no id.
     */
    static String guestKey(String casinoId, String guestId) {
        return Sha256.hex(casinoId + '\u0000' + guestId);
    }

    /**
     * What an erase found: the number of conversations, whether there was a profile, and the number
     * of requests for a host removed (call-back requests and host-desk cases; compliance cases stay).
     */
    record Erasure(int conversations, boolean profile, int callbacks) { }
}
