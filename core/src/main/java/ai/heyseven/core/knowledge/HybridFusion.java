package ai.heyseven.core.knowledge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.EmbedderException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks the items of one snapshot for a question: BM25 over the chunks' words and, with an
 * embedder, cosine similarity of their embeddings, each ranking items by their best chunk, fused by
 * Reciprocal Rank Fusion. When one side finds nothing, the other's ranking stands alone.
 */
final class HybridFusion {
    /** Logged as {@link KnowledgeIndex}, the name operators already filter on. */
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

    private final Embedder embedder;

    /** {@code embedder} null means lexical only. */
    HybridFusion(Embedder embedder) {
        this.embedder = embedder;
    }

    /** The items of {@code index} that best answer {@code question}, best first, at most {@code limit}; empty when nothing is relevant. */
    List<KnowledgeItem> rank(CasinoIndex index, String question, Intent intent, KnowledgeIndex.Mode mode, int limit) {
        String expanded = Glossary.expand(question);
        List<KnowledgeItem> lexical = mode == KnowledgeIndex.Mode.DENSE ? List.of() : lexical(index, expanded, intent);
        List<KnowledgeItem> dense = mode == KnowledgeIndex.Mode.LEXICAL ? List.of() : dense(index, expanded);
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
}
