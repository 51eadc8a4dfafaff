package ai.heyseven.adapter.local;

import ai.heyseven.ports.guest.GuestProfile;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.guest.GuestProfileStoreException;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.guest.ProfileValue;
import ai.heyseven.ports.telemetry.BoundedStore;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guest profiles in this process's memory, for {@code dev} without Firestore: at most
 * {@code capacity} guests; a new guest beyond that is refused (a profile is never dropped to make
 * room). Each merge is atomic per guest.
 */
public final class InMemoryGuestProfiles implements GuestProfileStore, BoundedStore {
    private final Map<String, GuestProfile> profiles = new ConcurrentHashMap<>();
    private final int capacity;

    public InMemoryGuestProfiles(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public Optional<GuestProfile> find(String casinoId, String guestId) {
        return Optional.ofNullable(profiles.get(key(casinoId, guestId)));
    }

    @Override
    public void merge(String casinoId, String guestId, Map<ProfileField, ProfileValue> fields) {
        String key = key(casinoId, guestId);
        if (!profiles.containsKey(key) && profiles.size() >= capacity) {
            throw new GuestProfileStoreException("the in-memory profile store is full (" + capacity + " guests)", null);
        }
        profiles.compute(key, (id, stored) -> {
            Map<ProfileField, ProfileValue> merged = new EnumMap<>(ProfileField.class);
            if (stored != null) {
                merged.putAll(stored.fields());
            }
            merged.putAll(fields);
            return new GuestProfile(casinoId, guestId, merged);
        });
    }

    @Override
    public boolean erase(String casinoId, String guestId) {
        return profiles.remove(key(casinoId, guestId)) != null;
    }

    private static String key(String casinoId, String guestId) {
        return casinoId + '\u0000' + guestId;
    }

    /** Full, it refuses new guests rather than dropping one: nothing is ever evicted. */
    @Override
    public BoundedStore.Fill fill() {
        return new BoundedStore.Fill(profiles.size(), capacity, 0);
    }
}
