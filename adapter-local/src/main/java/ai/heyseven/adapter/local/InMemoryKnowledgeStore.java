package ai.heyseven.adapter.local;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.knowledge.KnowledgeStoreException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Knowledge items in this process's memory, seeded from property files: for {@code dev} and for
 * embedding the core without a database. Changes (the CMS webhook) last until the process stops
 * and are seen by this instance only; {@code prod} keeps knowledge in Firestore. Bounded: an
 * upsert past {@code maxItems} items in all is refused.
 */
public final class InMemoryKnowledgeStore implements KnowledgeStore {
    private final int maxItems;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Casino> casinos = new HashMap<>();
    private long lastVersion;
    private int itemCount;

    public InMemoryKnowledgeStore(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be positive, got " + maxItems);
        }
        this.maxItems = maxItems;
    }

    /** A store holding every item of every property in {@code files}. */
    public static InMemoryKnowledgeStore seededFrom(PropertyFiles files, int maxItems) {
        InMemoryKnowledgeStore store = new InMemoryKnowledgeStore(maxItems);
        files.all().forEach(casino -> files.items(casino.id()).forEach(item -> store.upsert(item, Optional.empty())));
        return store;
    }

    @Override
    public List<KnowledgeItem> items(String casinoId) {
        lock.lock();
        try {
            Casino casino = casinos.get(casinoId);
            return casino == null ? List.of() : casino.snapshot();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long version(String casinoId) {
        lock.lock();
        try {
            Casino casino = casinos.get(casinoId);
            return casino == null ? 0 : casino.version;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean upsert(KnowledgeItem item, Optional<Instant> updatedAt) {
        lock.lock();
        try {
            Casino casino = casinos.computeIfAbsent(item.casinoId(), id -> new Casino());
            Stored stored = casino.items.get(item.id());
            if (stored != null && updatedAt.isPresent() && stored.updatedAt().isPresent()
                    && updatedAt.get().isBefore(stored.updatedAt().get())) {
                return false;
            }
            if (stored == null && itemCount >= maxItems) {
                throw new KnowledgeStoreException("the in-memory knowledge store holds its maximum of " + maxItems + " items", null);
            }
            if (stored == null) {
                itemCount++;
            }
            casino.items.put(item.id(), new Stored(item, updatedAt));
            casino.changed(++lastVersion);
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean delete(String casinoId, String itemId) {
        lock.lock();
        try {
            Casino casino = casinos.get(casinoId);
            if (casino == null || casino.items.remove(itemId) == null) {
                return false;
            }
            itemCount--;
            casino.changed(++lastVersion);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private record Stored(KnowledgeItem item, Optional<Instant> updatedAt) { }

    /** One casino's items in the order they first arrived, and the stamp of its last change. */
    private static final class Casino {
        final Map<String, Stored> items = new LinkedHashMap<>();
        long version;
        List<KnowledgeItem> snapshot;

        void changed(long newVersion) {
            version = newVersion;
            snapshot = null;
        }

        List<KnowledgeItem> snapshot() {
            if (snapshot == null) {
                snapshot = items.values().stream().map(Stored::item).toList();
            }
            return snapshot;
        }
    }
}
