package ai.heyseven.core.knowledge;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.EmbedderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the items of one casino that answer a question: BM25 over the words of the items' chunks
 * and, with an {@link Embedder}, cosine similarity of the chunks' embeddings, fused by Reciprocal
 * Rank Fusion, so a question that shares no word with the item ("somewhere to ease sore muscles"
 * → the spa) is still answered. Each casino has its own index, so one property's chunks can never
 * be returned for another.
 *
 * <p>Thread-safe: each casino's index is an immutable snapshot, replaced when the store's version
 * stamp moves — every instance notices a change without a restart. One thread rebuilds while the
 * others keep searching the previous snapshot. A rebuild re-chunks only items whose fingerprint
 * changed (their old chunks are purged) and embeds only chunks it has not embedded before.
 *
 * <p>Bounded by the number of casinos it is asked about; callers ask only about configured casinos.
 */
public final class KnowledgeIndex {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);
    /**
     * A hit must match at least one query word that is not a stop word (a BM25 score above zero);
     * when none does, nothing is found and the specialist says so instead of guessing. An absolute
     * BM25 threshold would depend on the size of each property's catalogue.
     */
    static final double RELEVANCE_FLOOR = 0.0;
    /** Hits scoring under this share of the best hit are noise next to it. */
    static final double RELATIVE_FLOOR = 0.35;

    /** A dense-only hit needs at least this cosine similarity to count as relevant. */
    static final double DENSE_FLOOR = 0.30;
    /** How many items of each ranking take part in the fusion: deeper ranks add almost nothing to 1 / (k + rank). */
    private static final int CANDIDATE_ITEMS = 12;
    /** How many best chunks of each ranking are looked at to find those items. */
    private static final int CANDIDATE_CHUNKS = 64;
    /** The k of Reciprocal Rank Fusion: 1 / (k + rank). */
    private static final int RRF_K = 60;
    /** After the embedder failed during a rebuild, how long the lexical-only snapshot serves before a retry. */
    private static final long EMBEDDING_RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Between two tries of a start-up build whose embeddings failed. */
    private static final Duration WARM_UP_PAUSE = Duration.ofMillis(500);

    private final KnowledgeStore store;
    private final Embedder embedder;
    private final int maxResults;
    private final ConcurrentMap<String, Casino> casinos = new ConcurrentHashMap<>();

    /** A lexical-only index (BM25). */
    public KnowledgeIndex(KnowledgeStore store, int maxResults) {
        this(store, null, maxResults);
    }

    /** A hybrid index; {@code embedder} null means lexical only. */
    public KnowledgeIndex(KnowledgeStore store, Embedder embedder, int maxResults) {
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = embedder;
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, got " + maxResults);
        }
        this.maxResults = maxResults;
    }

    /** Builds the index of {@code casinoId} now (at start-up), rather than on a guest's first question. */
    public void warm(String casinoId) {
        warm(casinoId, Duration.ZERO);
    }

    /**
     * Builds the index of {@code casinoId} now, and while its embeddings fail (an embedder slow to
     * answer on a loaded machine) builds it again, for at most {@code patience}: a server that says
     * it is ready can then search by meaning from its first question. Past it, the index serves by
     * words only and embeds again a little later, as after any embedder failure.
     */
    public void warm(String casinoId, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Casino casino = casinos.computeIfAbsent(casinoId, id -> new Casino());
        casino.lock.lock();
        try {
            long version = store.version(casinoId);
            bringUpTo(casino, casinoId, version);
            while (lacksVectors(casino.snapshot) && System.nanoTime() + WARM_UP_PAUSE.toNanos() < deadline) {
                Thread.sleep(WARM_UP_PAUSE);
                casino.snapshot = rebuild(casinoId, version, casino.snapshot);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            casino.lock.unlock();
        }
    }

    /**
     * Brings {@code casinoId}'s index up to the store's current version before returning, waiting
     * for a rebuild in progress: after a write, the next search here sees it.
     *
     * @throws BackendException when the store cannot be read
     */
    public void refresh(String casinoId) {
        Casino casino = casinos.computeIfAbsent(casinoId, id -> new Casino());
        casino.lock.lock();
        try {
            bringUpTo(casino, casinoId, store.version(casinoId));
        } finally {
            casino.lock.unlock();
        }
    }

    /** The items of {@code casinoId} that best answer {@code question}, best first; empty when nothing is relevant. */
    public List<KnowledgeItem> search(String casinoId, String question, Intent intent) {
        return search(casinoId, question, intent, Mode.HYBRID, maxResults);
    }

    /** As {@link #search(String, String, Intent)}, for at most {@code limit} items. */
    public List<KnowledgeItem> search(String casinoId, String question, Intent intent, int limit) {
        return search(casinoId, question, intent, Mode.HYBRID, limit);
    }

    /** As {@link #search(String, String, Intent, int)}, by one method alone or both: for the retrieval evaluation. */
    List<KnowledgeItem> search(String casinoId, String question, Intent intent, Mode mode, int limit) {
        CasinoIndex index = current(casinoId);
        String expanded = Glossary.expand(question);
        List<KnowledgeItem> lexical = mode == Mode.DENSE ? List.of() : lexical(index, expanded, intent);
        List<KnowledgeItem> dense = mode == Mode.LEXICAL ? List.of() : dense(index, expanded);
        if (dense.isEmpty() || lexical.isEmpty()) {
            return (dense.isEmpty() ? lexical : dense).stream().limit(limit).toList();
        }
        Map<KnowledgeItem, Double> fused = new LinkedHashMap<>();
        for (int rank = 0; rank < lexical.size(); rank++) {
            fused.merge(lexical.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < dense.size(); rank++) {
            fused.merge(dense.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<KnowledgeItem, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Which ranking {@link #search} uses. */
    enum Mode { LEXICAL, DENSE, HYBRID }

    private static List<KnowledgeItem> lexical(CasinoIndex index, String question, Intent intent) {
        double[] scores = index.scores(Terms.of(question), intent);
        int[] best = TopRows.of(scores, RELEVANCE_FLOOR, CANDIDATE_CHUNKS);
        if (best.length == 0) {
            return List.of();
        }
        double cutoff = scores[best[0]] * RELATIVE_FLOOR;
        SequencedSet<KnowledgeItem> items = new LinkedHashSet<>();
        for (int row : best) {
            if (scores[row] >= cutoff && items.size() < CANDIDATE_ITEMS) {
                items.add(index.chunks().get(row).item());
            }
        }
        return List.copyOf(items);
    }

    /** Items with a chunk whose embedding is close to the question's, best first; empty without vectors or when embedding fails. */
    private List<KnowledgeItem> dense(CasinoIndex index, String question) {
        if (embedder == null || index.dense() == null) {
            return List.of();
        }
        int[] nearest;
        try {
            nearest = index.nearest(embedder.embed(question), DENSE_FLOOR, CANDIDATE_CHUNKS);
        } catch (EmbedderException e) {
            LOG.warn("query embedding failed, retrieving by words only: {}", e.getMessage());
            return List.of();
        }
        SequencedSet<KnowledgeItem> items = new LinkedHashSet<>();
        for (int row : nearest) {
            if (items.size() < CANDIDATE_ITEMS) {
                items.add(index.chunks().get(row).item());
            }
        }
        return List.copyOf(items);
    }

    /** The item {@code itemId} of {@code casinoId}, if it exists. */
    public Optional<KnowledgeItem> item(String casinoId, String itemId) {
        return current(casinoId).item(itemId);
    }

    /** How many chunks {@code casinoId}'s current index holds. */
    public int chunkCount(String casinoId) {
        return current(casinoId).chunks().size();
    }

    /**
     * The snapshot to search: the current one, rebuilt first when the store moved on — unless
     * another thread is rebuilding it, in which case the previous one serves meanwhile.
     */
    private CasinoIndex current(String casinoId) {
        Casino casino = casinos.computeIfAbsent(casinoId, id -> new Casino());
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

    /** Rebuilds {@code casino}'s snapshot if it is behind {@code version}; the caller holds its lock. */
    private CasinoIndex bringUpTo(Casino casino, String casinoId, long version) {
        if (stale(casino.snapshot, version)) {
            casino.snapshot = rebuild(casinoId, version, casino.snapshot);
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
        return embedder != null && snapshot.dense() == null && !snapshot.chunks().isEmpty();
    }

    private CasinoIndex rebuild(String casinoId, long version, CasinoIndex previous) {
        long started = System.nanoTime();
        List<KnowledgeItem> items = store.items(casinoId);
        Map<String, List<Chunk>> previousByItem = new HashMap<>();
        if (previous != null) {
            previous.chunks().forEach(chunk -> previousByItem.computeIfAbsent(chunk.item().id(), id -> new ArrayList<>()).add(chunk));
        }
        Map<String, List<Chunk>> byItem = new LinkedHashMap<>();
        int rechunked = 0;
        for (KnowledgeItem item : items) {
            List<Chunk> old = previousByItem.get(item.id());
            if (old != null && isCurrent(old.get(0), item)) {
                byItem.put(item.id(), old);
            } else {
                byItem.put(item.id(), Chunker.chunks(item));
                rechunked++;
            }
        }
        List<Chunk> chunks = byItem.values().stream().flatMap(List::stream).toList();
        DenseVectors vectors = vectors(casinoId, chunks, previous);
        CasinoIndex rebuilt = new CasinoIndex(version, chunks, vectors, System.nanoTime());
        int purged = previous == null ? 0 : (int) previous.chunks().stream()
                .filter(chunk -> byItem.getOrDefault(chunk.item().id(), List.of()).stream().noneMatch(kept -> kept == chunk))
                .count();
        LOG.info("indexed knowledge of {} at version {}: {} items, {} chunks ({} items re-chunked, {} old chunks purged, {} embedded) in {} ms",
                casinoId, version, items.size(), chunks.size(), rechunked, purged, vectors == null ? 0 : vectors.embedded(),
                (System.nanoTime() - started) / 1_000_000);
        return rebuilt;
    }

    /** Whether {@code chunk} was cut from {@code item}'s current version (an equal item needs no fingerprint). */
    private static boolean isCurrent(Chunk chunk, KnowledgeItem item) {
        return chunk.item().equals(item) || chunk.itemVersion().equals(ContentHash.of(item));
    }

    /** The chunks' vectors, or null (lexical only) without an embedder or when it fails — retried a little later. */
    private DenseVectors vectors(String casinoId, List<Chunk> chunks, CasinoIndex previous) {
        if (embedder == null) {
            return null;
        }
        try {
            return DenseVectors.of(chunks, previous == null ? null : previous.dense(), previous == null ? List.of() : previous.chunks(),
                    embedder);
        } catch (EmbedderException e) {
            LOG.warn("embedding the knowledge of {} failed, searching it by words only until a retry: {}", casinoId, e.getMessage());
            return null;
        }
    }

    /** One casino's current snapshot, and the lock its rebuilds take. */
    private static final class Casino {
        final ReentrantLock lock = new ReentrantLock();
        volatile CasinoIndex snapshot;
    }
}
