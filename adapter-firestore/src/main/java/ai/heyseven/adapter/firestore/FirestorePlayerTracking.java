package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.PlayerTracking;
import ai.heyseven.ports.comps.PlayerTrackingException;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The player system as the casino's integration mirrors it into {@code casinos/{casino}/players/{guest_id}}:
 * one document read per comp request, within the connection's deadline. An invalid document is a
 * {@link PlayerTrackingException}, never a guessed tier.
 */
final class FirestorePlayerTracking implements PlayerTracking {
    private final FirestoreConnection connection;
    private final Firestore db;

    FirestorePlayerTracking(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public Optional<PlayerAccount> account(String casinoId, String guestId) {
        DocumentSnapshot document = connection.await(Paths.player(db, casinoId, guestId).get(), "reading a player account of " + casinoId,
                PlayerTrackingException::new);
        if (!document.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CompDocuments.account(document));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new PlayerTrackingException("a player account of " + casinoId + " is invalid: " + e.getMessage(), e);
        }
    }
}
