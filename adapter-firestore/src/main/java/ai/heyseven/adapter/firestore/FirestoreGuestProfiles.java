package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.guest.GuestProfile;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.guest.GuestProfileStoreException;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.guest.ProfileValue;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.SetOptions;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profiles in {@code casinos/{casino}/guests/{guest}}: a map {@code fields} of
 * {@code {value, source, at}} per field. A merge is a Firestore merge-set of only the fields it
 * names, so two instances writing different fields at once both keep theirs, without a
 * transaction. An erase deletes the document.
 */
final class FirestoreGuestProfiles implements GuestProfileStore {
    private static final Logger LOG = LoggerFactory.getLogger(FirestoreGuestProfiles.class);

    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreGuestProfiles(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public Optional<GuestProfile> find(String casinoId, String guestId) {
        DocumentSnapshot document = connection.await(Paths.guest(db, casinoId, guestId).get(), "reading a guest profile of " + casinoId,
                GuestProfileStoreException::new);
        if (!document.exists()) {
            return Optional.empty();
        }
        Map<ProfileField, ProfileValue> fields = new EnumMap<>(ProfileField.class);
        Fields.map(document, "fields", Map.class).forEach((name, value) -> ProfileField.fromWire(name).ifPresentOrElse(
                field -> read(value).ifPresent(parsed -> fields.put(field, parsed)),
                () -> LOG.warn("a profile of {} has an unknown field {}; ignored", casinoId, name)));
        return Optional.of(new GuestProfile(casinoId, guestId, fields));
    }

    private static Optional<ProfileValue> read(Map<?, ?> stored) {
        try {
            return Optional.of(new ProfileValue((String) stored.get("value"),
                    ProfileValue.Source.valueOf(((String) stored.get("source")).toUpperCase(Locale.ROOT)),
                    Fields.instant((Timestamp) stored.get("at"))));
        } catch (RuntimeException e) {
            LOG.warn("a profile field could not be read: {}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void merge(String casinoId, String guestId, Map<ProfileField, ProfileValue> fields) {
        Map<String, Object> changed = new HashMap<>();
        fields.forEach((field, value) -> changed.put(field.wireName(), Map.of(
                "value", value.value(),
                "source", value.source().name().toLowerCase(Locale.ROOT),
                "at", Fields.timestamp(value.at()))));
        DocumentReference document = Paths.guest(db, casinoId, guestId);
        connection.await(document.set(Map.of("fields", changed, "updated_at", FieldValue.serverTimestamp()), SetOptions.merge()),
                "merging a guest profile of " + casinoId, GuestProfileStoreException::new);
    }

    @Override
    public boolean erase(String casinoId, String guestId) {
        DocumentReference document = Paths.guest(db, casinoId, guestId);
        boolean existed = connection.await(document.get(), "reading a guest profile of " + casinoId, GuestProfileStoreException::new).exists();
        connection.await(document.delete(), "erasing a guest profile of " + casinoId, GuestProfileStoreException::new);
        return existed;
    }
}
