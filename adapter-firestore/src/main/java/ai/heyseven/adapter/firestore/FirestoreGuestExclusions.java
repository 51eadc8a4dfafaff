package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.consent.GuestExclusionsException;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.SetOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Guests' exclusions in {@code casinos/{casino}/guest_exclusions/{guest_key}}: {@code phones} (the
 * numbers the guest gave) and, once excluded, {@code excluded_at}. A link and an exclusion each
 * read and write the document in one transaction, so two at once on two instances are serialised
 * and the second sees the first. Forgetting the numbers deletes the field (or the document, when
 * the guest is not excluded).
 */
final class FirestoreGuestExclusions implements GuestExclusions {
    private static final String PHONES = "phones";
    private static final String EXCLUDED_AT = "excluded_at";

    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreGuestExclusions(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public Link link(String casinoId, String guestKey, String phone) {
        DocumentReference guest = Paths.guestExclusion(db, casinoId, guestKey);
        return connection.await(db.runTransaction(transaction -> {
            DocumentSnapshot current = transaction.get(guest).get();
            List<String> phones = phones(current);
            if (current.contains(EXCLUDED_AT)) {
                return Link.EXCLUDED;
            }
            if (!phones.contains(phone) && phones.size() >= MAX_PHONES) {
                return Link.FULL;
            }
            transaction.set(guest, Map.of(PHONES, FieldValue.arrayUnion(phone)), SetOptions.merge());
            return Link.LINKED;
        }), "linking a number to a guest of " + casinoId, GuestExclusionsException::new);
    }

    @Override
    public List<String> exclude(String casinoId, String guestKey, Instant at) {
        DocumentReference guest = Paths.guestExclusion(db, casinoId, guestKey);
        return connection.await(db.runTransaction(transaction -> {
            DocumentSnapshot current = transaction.get(guest).get();
            if (!current.contains(EXCLUDED_AT)) {
                transaction.set(guest, Map.of(EXCLUDED_AT, Timestamp.ofTimeSecondsAndNanos(at.getEpochSecond(), at.getNano())),
                        SetOptions.merge());
            }
            return phones(current);
        }), "excluding a guest of " + casinoId, GuestExclusionsException::new);
    }

    @Override
    public boolean excluded(String casinoId, String guestKey) {
        return connection.await(Paths.guestExclusion(db, casinoId, guestKey).get(), "reading a guest's exclusion of " + casinoId,
                GuestExclusionsException::new).contains(EXCLUDED_AT);
    }

    @Override
    public int forgetPhones(String casinoId, String guestKey) {
        DocumentReference guest = Paths.guestExclusion(db, casinoId, guestKey);
        return connection.await(db.runTransaction(transaction -> {
            DocumentSnapshot current = transaction.get(guest).get();
            if (!current.exists()) {
                return 0;
            }
            if (current.contains(EXCLUDED_AT)) {
                transaction.update(guest, PHONES, FieldValue.delete());
            } else {
                transaction.delete(guest);
            }
            return phones(current).size();
        }), "forgetting a guest's numbers at " + casinoId, GuestExclusionsException::new);
    }

    private static List<String> phones(DocumentSnapshot guest) {
        List<String> phones = new ArrayList<>();
        if (guest.get(PHONES) instanceof List<?> stored) {
            stored.forEach(phone -> phones.add(String.valueOf(phone)));
        }
        return List.copyOf(phones);
    }
}
