package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.knowledge.KnowledgeStoreException;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.SetOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knowledge items in {@code casinos/{casino}/items/{item}}, and the casino's version stamp in
 * {@code casinos/{casino}/meta/knowledge}. An upsert or delete compares, writes the item and moves
 * the stamp in one transaction, so every instance that reads the stamp notices the change. The
 * stamp is read on every search, so each instance keeps it for {@code versionRefresh} (a change
 * made here is seen here at once).
 */
final class FirestoreKnowledgeStore implements KnowledgeStore {
    private static final Logger LOG = LoggerFactory.getLogger(FirestoreKnowledgeStore.class);
    private static final int MAX_CASINOS = 10_000;

    private final FirestoreConnection connection;
    private final Firestore db;
    private final LoadingCache<String, Long> versions;

    FirestoreKnowledgeStore(FirestoreConnection connection, Duration versionRefresh) {
        this.connection = connection;
        this.db = connection.client();
        this.versions = Caffeine.newBuilder()
                .maximumSize(MAX_CASINOS)
                .refreshAfterWrite(versionRefresh)
                .build(LastGood.of("the knowledge versions", this::readVersion));
    }

    @Override
    public List<KnowledgeItem> items(String casinoId) {
        List<KnowledgeItem> items = new ArrayList<>();
        for (DocumentSnapshot document : connection.await(Paths.items(db, casinoId).get(), "reading the items of " + casinoId,
                KnowledgeStoreException::new).getDocuments()) {
            try {
                items.add(ItemDocuments.read(casinoId, document));
            } catch (IllegalArgumentException e) {
                LOG.warn("knowledge item left out: {}", e.getMessage());
            }
        }
        return items;
    }

    @Override
    public long version(String casinoId) {
        try {
            return versions.get(casinoId);
        } catch (CompletionException e) {
            throw e.getCause() instanceof KnowledgeStoreException failure ? failure
                    : new KnowledgeStoreException("reading the knowledge version of " + casinoId + " failed", e.getCause());
        }
    }

    private long readVersion(String casinoId) {
        DocumentSnapshot stamp = connection.await(Paths.knowledgeVersion(db, casinoId).get(),
                "reading the knowledge version of " + casinoId, KnowledgeStoreException::new);
        Long version = stamp.getLong("version");
        return version == null ? 0 : version;
    }

    @Override
    public boolean upsert(KnowledgeItem item, Optional<Instant> updatedAt) {
        DocumentReference document = Paths.items(db, item.casinoId()).document(item.id());
        boolean stored = connection.await(db.runTransaction(transaction -> {
            DocumentSnapshot current = transaction.get(document).get();
            Optional<Instant> storedAt = current.exists() ? ItemDocuments.updatedAt(current) : Optional.empty();
            if (updatedAt.isPresent() && storedAt.isPresent() && storedAt.get().isAfter(updatedAt.get())) {
                return false;
            }
            transaction.set(document, ItemDocuments.write(item, updatedAt));
            moveVersion(transaction, item.casinoId());
            return true;
        }), "storing item " + item.id() + " of " + item.casinoId(), KnowledgeStoreException::new);
        versions.invalidate(item.casinoId());
        return stored;
    }

    @Override
    public boolean delete(String casinoId, String itemId) {
        DocumentReference document = Paths.items(db, casinoId).document(itemId);
        boolean deleted = connection.await(db.runTransaction(transaction -> {
            if (!transaction.get(document).get().exists()) {
                return false;
            }
            transaction.delete(document);
            moveVersion(transaction, casinoId);
            return true;
        }), "deleting item " + itemId + " of " + casinoId, KnowledgeStoreException::new);
        versions.invalidate(casinoId);
        return deleted;
    }

    private void moveVersion(com.google.cloud.firestore.Transaction transaction, String casinoId) {
        transaction.set(Paths.knowledgeVersion(db, casinoId),
                Map.of("version", FieldValue.increment(1), "changed_at", FieldValue.serverTimestamp()), SetOptions.merge());
    }
}
