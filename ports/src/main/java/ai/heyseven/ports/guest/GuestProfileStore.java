package ai.heyseven.ports.guest;

import java.util.Map;
import java.util.Optional;

/**
 * Where guest profiles are kept, per casino and guest. Every method answers within the store's own
 * timeout or throws {@link GuestProfileStoreException}.
 */
public interface GuestProfileStore {

    /** The guest's profile, if anything is known. */
    Optional<GuestProfile> find(String casinoId, String guestId);

    /**
     * Writes {@code fields} into the guest's profile, leaving every other field as it is: two
     * writers of different fields at the same time both keep theirs. Creates the profile if needed.
     */
    void merge(String casinoId, String guestId, Map<ProfileField, ProfileValue> fields);

    /**
     * Removes the guest's profile entirely. Idempotent.
     *
     * @return whether there was one
     */
    boolean erase(String casinoId, String guestId);
}
