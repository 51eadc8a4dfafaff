package ai.heyseven.core.knowledge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.EmbedderException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the items of one casino that answer a question: BM25 over the items' words and, with an
 * {@link Embedder}, cosine similarity of their embeddings, fused by Reciprocal Rank Fusion, so a
 * question that shares no word with the item ("somewhere to ease sore muscles" → the spa) is still
 * answered. Thread-safe: each casino's index is an immutable snapshot swapped atomically when the
 * store's version stamp changes, so every instance notices a change without a restart.
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
    /** How many dense hits take part in the fusion. */
    private static final int DENSE_CANDIDATES = 8;
    /** The k of Reciprocal Rank Fusion: 1 / (k + rank). */
    private static final int RRF_K = 60;

    private final KnowledgeStore store;
    private final Embedder embedder;
    private final int maxResults;
    private final ConcurrentMap<String, CasinoIndex> casinos = new ConcurrentHashMap<>();

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
        current(casinoId);
    }

    /** The items of {@code casinoId} that best answer {@code question}, best first; empty when nothing is relevant. */
    public List<KnowledgeItem> search(String casinoId, String question, Intent intent) {
        CasinoIndex index = current(casinoId);
        List<KnowledgeItem> lexical = lexical(index, question, intent);
        List<KnowledgeItem> dense = dense(index, question);
        if (dense.isEmpty()) {
            return lexical.stream().limit(maxResults).toList();
        }
        Map<KnowledgeItem, Double> fused = new HashMap<>();
        for (int rank = 0; rank < lexical.size(); rank++) {
            fused.merge(lexical.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < dense.size(); rank++) {
            fused.merge(dense.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<KnowledgeItem, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(maxResults)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<KnowledgeItem> lexical(CasinoIndex index, String question, Intent intent) {
        List<CasinoIndex.Scored> hits = index.search(Terms.of(question), intent);
        if (hits.isEmpty() || hits.get(0).score() <= RELEVANCE_FLOOR) {
            return List.of();
        }
        double cutoff = hits.get(0).score() * RELATIVE_FLOOR;
        return hits.stream().filter(hit -> hit.score() >= cutoff).map(CasinoIndex.Scored::item).toList();
    }

    /** Items whose embedding is close to the question's, best first; empty without an embedder or when it fails. */
    private List<KnowledgeItem> dense(CasinoIndex index, String question) {
        if (embedder == null) {
            return List.of();
        }
        double[] similarities;
        try {
            similarities = index.similarities(embedder.embed(question));
        } catch (EmbedderException e) {
            LOG.warn("query embedding failed, retrieving by words only: {}", e.getMessage());
            return List.of();
        }
        if (similarities == null) {
            return List.of();
        }
        List<KnowledgeItem> items = index.items();
        return java.util.stream.IntStream.range(0, items.size())
                .filter(i -> similarities[i] >= DENSE_FLOOR)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> similarities[i]).reversed())
                .limit(DENSE_CANDIDATES)
                .map(items::get)
                .toList();
    }

    /** The item {@code itemId} of {@code casinoId}, if it exists. */
    public Optional<KnowledgeItem> item(String casinoId, String itemId) {
        return current(casinoId).item(itemId);
    }

    private CasinoIndex current(String casinoId) {
        long version = store.version(casinoId);
        CasinoIndex index = casinos.get(casinoId);
        if (index != null && index.version() == version) {
            return index;
        }
        return casinos.compute(casinoId, (id, existing) -> {
            if (existing != null && existing.version() == version) {
                return existing;
            }
            long started = System.nanoTime();
            List<KnowledgeItem> items = store.items(id);
            CasinoIndex rebuilt = new CasinoIndex(version, items, embedder == null ? null : DenseVectors.of(items, embedder));
            LOG.info("indexed knowledge of {} at version {} in {} ms", id, version, (System.nanoTime() - started) / 1_000_000);
            return rebuilt;
        });
    }
}
