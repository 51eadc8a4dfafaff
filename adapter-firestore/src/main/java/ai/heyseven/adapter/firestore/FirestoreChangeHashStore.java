package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.knowledge.ChangeHashStoreException;
import com.google.cloud.firestore.Firestore;
import java.util.Map;
import java.util.Optional;

/** Each item's content hash in {@code casinos/{casino}/change_hashes/{item}}, beside the knowledge it describes. */
final class FirestoreChangeHashStore implements ChangeHashStore {
    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreChangeHashStore(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public Optional<String> hash(String casinoId, String itemId) {
        return Optional.ofNullable(connection.await(Paths.changeHash(db, casinoId, itemId).get(),
                "reading the change hash of " + itemId, ChangeHashStoreException::new).getString("hash"));
    }

    @Override
    public void put(String casinoId, String itemId, String hash) {
        connection.await(Paths.changeHash(db, casinoId, itemId).set(Map.of("hash", hash)),
                "writing the change hash of " + itemId, ChangeHashStoreException::new);
    }

    @Override
    public void remove(String casinoId, String itemId) {
        connection.await(Paths.changeHash(db, casinoId, itemId).delete(), "removing the change hash of " + itemId,
                ChangeHashStoreException::new);
    }
}
