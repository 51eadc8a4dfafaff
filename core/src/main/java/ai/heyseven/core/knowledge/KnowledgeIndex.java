package ai.heyseven.core.knowledge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the items of one casino that answer a question. Thread-safe: each casino's index is an
 * immutable snapshot swapped atomically when the store's version stamp changes, so every instance
 * notices a change without a restart.
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

    private final KnowledgeStore store;
    private final int maxResults;
    private final ConcurrentMap<String, CasinoIndex> casinos = new ConcurrentHashMap<>();

    public KnowledgeIndex(KnowledgeStore store, int maxResults) {
        this.store = Objects.requireNonNull(store, "store");
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
        List<CasinoIndex.Scored> hits = current(casinoId).search(Terms.of(question), intent);
        if (hits.isEmpty() || hits.get(0).score() <= RELEVANCE_FLOOR) {
            return List.of();
        }
        double cutoff = hits.get(0).score() * RELATIVE_FLOOR;
        return hits.stream()
                .filter(hit -> hit.score() >= cutoff)
                .limit(maxResults)
                .map(CasinoIndex.Scored::item)
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
            CasinoIndex rebuilt = new CasinoIndex(version, store.items(id));
            LOG.info("indexed knowledge of {} at version {} in {} ms", id, version, (System.nanoTime() - started) / 1_000_000);
            return rebuilt;
        });
    }
}
