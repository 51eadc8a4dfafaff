package ai.heyseven.adapter.local;

import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.consent.GuestExclusionsException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guests' exclusions and linked numbers in this process's memory, for {@code dev} without
 * Firestore: at most {@code capacity} guests; beyond that a new guest is refused, never an
 * exclusion dropped. Every method holds the one lock, so a link and an exclusion see each other.
 */
public final class InMemoryGuestExclusions implements GuestExclusions {
    private final Map<String, Guest> guests = new HashMap<>(); // every access is synchronized
    private final int capacity;

    public InMemoryGuestExclusions(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized Link link(String casinoId, String guestKey, String phone) {
        Guest guest = guest(casinoId, guestKey);
        if (guest.excludedAt != null) {
            return Link.EXCLUDED;
        }
        if (!guest.phones.contains(phone) && guest.phones.size() >= MAX_PHONES) {
            return Link.FULL;
        }
        guest.phones.add(phone);
        return Link.LINKED;
    }

    @Override
    public synchronized List<String> exclude(String casinoId, String guestKey, Instant at) {
        Guest guest = guest(casinoId, guestKey);
        if (guest.excludedAt == null) {
            guest.excludedAt = at;
        }
        return List.copyOf(guest.phones);
    }

    @Override
    public synchronized boolean excluded(String casinoId, String guestKey) {
        Guest guest = guests.get(key(casinoId, guestKey));
        return guest != null && guest.excludedAt != null;
    }

    @Override
    public synchronized int forgetPhones(String casinoId, String guestKey) {
        Guest guest = guests.get(key(casinoId, guestKey));
        if (guest == null) {
            return 0;
        }
        int forgotten = guest.phones.size();
        guest.phones.clear();
        if (guest.excludedAt == null) {
            guests.remove(key(casinoId, guestKey));
        }
        return forgotten;
    }

    private Guest guest(String casinoId, String guestKey) {
        String key = key(casinoId, guestKey);
        Guest guest = guests.get(key);
        if (guest == null) {
            if (guests.size() >= capacity) {
                throw new GuestExclusionsException("the in-memory guest exclusions are full (" + capacity + " guests)", null);
            }
            guest = new Guest();
            guests.put(key, guest);
        }
        return guest;
    }

    private static String key(String casinoId, String guestKey) {
        return casinoId + '\u0000' + guestKey;
    }

    /** One guest's numbers and, once excluded, when. */
    private static final class Guest {
        private final Set<String> phones = new LinkedHashSet<>();
        private Instant excludedAt;
    }
}
