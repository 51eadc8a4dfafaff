package ai.heyseven.core.knowledge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable index of one casino's chunks at one version of its store: BM25 postings, and the
 * chunks' embeddings when there is an embedder. Only this casino's chunks are in it.
 */
final class CasinoIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int NAME_WEIGHT = 3;
    private static final int TAG_WEIGHT = 2;
    private static final double CATEGORY_BOOST = 1.3;

    /** Generic words a guest uses for a whole category ("a restaurant", "a show"), indexed with every item of it. */
    private static final Map<Intent, String> CATEGORY_WORDS = Map.of(
            Intent.DINING, "dining restaurant food eat",
            Intent.ENTERTAINMENT, "entertainment show event",
            Intent.HOTEL, "hotel room stay",
            Intent.GAMING, "gaming casino game play",
            Intent.AMENITIES, "amenity amenities facility",
            Intent.PROMOTIONS, "promotion offer deal",
            Intent.LOYALTY, "loyalty rewards program");

    private final long version;
    private final List<Chunk> chunks;
    private final Map<String, KnowledgeItem> byId;
    private final Map<String, int[][]> postings;
    private final int[] lengths;
    private final double averageLength;
    private final DenseVectors dense;
    private final long builtAt;

    /**
     * @param dense the chunks' vectors, row for row, or null (no embedder, or it failed: lexical only)
     * @param builtAt {@link System#nanoTime()} when built
     */
    CasinoIndex(long version, List<Chunk> chunks, DenseVectors dense, long builtAt) {
        this.version = version;
        this.chunks = List.copyOf(chunks);
        this.dense = dense;
        this.builtAt = builtAt;
        this.byId = new HashMap<>();
        this.lengths = new int[this.chunks.size()];
        Map<String, List<int[]>> building = new HashMap<>();
        long total = 0;
        for (int row = 0; row < this.chunks.size(); row++) {
            Chunk chunk = this.chunks.get(row);
            byId.put(chunk.item().id(), chunk.item());
            Map<String, Integer> frequencies = frequencies(chunk);
            int length = frequencies.values().stream().mapToInt(Integer::intValue).sum();
            lengths[row] = length;
            total += length;
            int current = row;
            frequencies.forEach((term, tf) -> building.computeIfAbsent(term, t -> new ArrayList<>()).add(new int[] {current, tf}));
        }
        this.averageLength = this.chunks.isEmpty() ? 1.0 : (double) total / this.chunks.size();
        this.postings = new HashMap<>();
        building.forEach((term, list) -> postings.put(term, list.toArray(int[][]::new)));
    }

    long version() {
        return version;
    }

    long builtAt() {
        return builtAt;
    }

    Optional<KnowledgeItem> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Chunk> chunks() {
        return chunks;
    }

    DenseVectors dense() {
        return dense;
    }

    /** The cosine similarity of every chunk with the query vector, or null when this index has no vectors. */
    double[] similarities(float[] query) {
        return dense == null || query == null ? null : dense.similarities(query);
    }

    /** Chunks matching any of {@code queryTerms}, best BM25 score first; chunks of {@code intent}'s category weigh more. */
    List<Scored> search(List<String> queryTerms, Intent intent) {
        int n = chunks.size();
        double[] scores = new double[n];
        for (String term : queryTerms) {
            int[][] rows = postings.get(term);
            if (rows == null) {
                continue;
            }
            double idf = Math.log(1.0 + (n - rows.length + 0.5) / (rows.length + 0.5));
            for (int[] posting : rows) {
                int row = posting[0];
                double tf = posting[1];
                scores[row] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[row] / averageLength));
            }
        }
        List<Scored> hits = new ArrayList<>();
        for (int row = 0; row < n; row++) {
            if (scores[row] > 0) {
                Chunk chunk = chunks.get(row);
                double boost = chunk.item().category() == intent ? CATEGORY_BOOST : 1.0;
                hits.add(new Scored(chunk, scores[row] * boost));
            }
        }
        hits.sort(Comparator.comparingDouble(Scored::score).reversed());
        return hits;
    }

    private static Map<String, Integer> frequencies(Chunk chunk) {
        KnowledgeItem item = chunk.item();
        Map<String, Integer> tf = new HashMap<>();
        count(tf, item.name(), NAME_WEIGHT);
        count(tf, String.join(" ", item.tags()), TAG_WEIGHT);
        count(tf, CATEGORY_WORDS.get(item.category()), 1);
        count(tf, chunk.section(), 1);
        count(tf, item.location(), 1);
        count(tf, item.priceRange().isEmpty() ? "" : "price", 1);
        return tf;
    }

    private static void count(Map<String, Integer> tf, String text, int weight) {
        for (String term : Terms.of(text)) {
            tf.merge(term, weight, Integer::sum);
        }
    }

    record Scored(Chunk chunk, double score) { }
}
