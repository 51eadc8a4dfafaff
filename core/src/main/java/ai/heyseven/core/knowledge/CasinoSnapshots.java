package ai.heyseven.core.knowledge;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each casino's current {@link CasinoIndex}, swapped for a rebuilt one when the store's version
 * stamp moves or a snapshot still waits for its vectors. One thread per casino rebuilds (under that
 * casino's lock) while the others keep searching the previous snapshot.
 *
 * <p>Bounded by the number of casinos it is asked about.
 */
final class CasinoSnapshots {
    /** Logged as {@link KnowledgeIndex}, the name operators already filter on. */
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);
    /** After the embedder failed during a rebuild, how long the lexical-only snapshot serves before a retry. */
    private static final long EMBEDDING_RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Between two tries of a start-up build whose embeddings failed. */
    private static final Duration WARM_UP_PAUSE = Duration.ofMillis(500);

    private final KnowledgeStore store;
    private final IndexRebuild rebuild;
    private final ConcurrentMap<String, Casino> casinos = new ConcurrentHashMap<>();

    CasinoSnapshots(KnowledgeStore store, IndexRebuild rebuild) {
        this.store = store;
        this.rebuild = rebuild;
    }

    /** See {@link KnowledgeIndex#warm(String, Duration)}. */
    void warm(String casinoId, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Casino casino = casino(casinoId);
        casino.lock.lock();
        try {
            long version = store.version(casinoId);
            bringUpTo(casino, casinoId, version);
            while (lacksVectors(casino.snapshot) && System.nanoTime() + WARM_UP_PAUSE.toNanos() < deadline) {
                Thread.sleep(WARM_UP_PAUSE);
                casino.snapshot = rebuild.rebuild(casinoId, version, casino.snapshot);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            casino.lock.unlock();
        }
    }

    /** See {@link KnowledgeIndex#refresh(String)}. */
    void refresh(String casinoId) {
        Casino casino = casino(casinoId);
        casino.lock.lock();
        try {
            bringUpTo(casino, casinoId, store.version(casinoId));
        } finally {
            casino.lock.unlock();
        }
    }

    /**
     * The snapshot to search: the current one, rebuilt first when the store moved on — unless
     * another thread is rebuilding it, or the store cannot be read, in which case the previous one
     * serves meanwhile.
     */
    CasinoIndex current(String casinoId) {
        Casino casino = casino(casinoId);
        CasinoIndex snapshot = casino.snapshot;
        if (snapshot == null) {
            refresh(casinoId);
            return casino.snapshot;
        }
        try {
            long version = store.version(casinoId);
            if (!stale(snapshot, version) || !casino.lock.tryLock()) {
                return snapshot;
            }
            try {
                return bringUpTo(casino, casinoId, version);
            } finally {
                casino.lock.unlock();
            }
        } catch (BackendException e) {
            LOG.warn("knowledge of {} unreadable, searching the index built at version {}: {}", casinoId, snapshot.version(),
                    e.getMessage());
            return snapshot;
        }
    }

    private Casino casino(String casinoId) {
        return casinos.computeIfAbsent(casinoId, id -> new Casino());
    }

    /** Rebuilds {@code casino}'s snapshot if it is behind {@code version}; the caller holds its lock. */
    private CasinoIndex bringUpTo(Casino casino, String casinoId, long version) {
        if (stale(casino.snapshot, version)) {
            casino.snapshot = rebuild.rebuild(casinoId, version, casino.snapshot);
        }
        return casino.snapshot;
    }

    private boolean stale(CasinoIndex snapshot, long version) {
        return snapshot == null || snapshot.version() != version || wantsVectors(snapshot);
    }

    private boolean wantsVectors(CasinoIndex snapshot) {
        return lacksVectors(snapshot) && System.nanoTime() - snapshot.builtAt() > EMBEDDING_RETRY_NANOS;
    }

    private boolean lacksVectors(CasinoIndex snapshot) {
        return rebuild.embeds() && snapshot.dense() == null && !snapshot.chunks().isEmpty();
    }

    /** One casino's current snapshot, and the lock its rebuilds take. */
    private static final class Casino {
        final ReentrantLock lock = new ReentrantLock();
        volatile CasinoIndex snapshot;
    }
}
