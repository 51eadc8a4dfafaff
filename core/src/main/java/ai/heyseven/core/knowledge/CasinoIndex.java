package ai.heyseven.core.knowledge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An immutable index of one casino's chunks at one version of its store: BM25 postings, and the
 * chunks' embeddings when there is an embedder. Only this casino's chunks are in it.
 */
final class CasinoIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double CATEGORY_BOOST = 1.3;


    private final long version;
    private final List<Chunk> chunks;
    private final Map<String, KnowledgeItem> byId;
    /** Every item once, in the order of its first chunk. */
    private final List<KnowledgeItem> items;
    private final Map<String, int[][]> postings;
    private final int[] lengths;
    private final double averageLength;
    private final DenseVectors dense;
    private final long builtAt;
    /** The rows of each category's chunks, for the category boost. */
    private final Map<Intent, int[]> categoryRows;
    private static final int[] NO_ROWS = new int[0];

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
            Map<String, Integer> frequencies = chunk.terms();
            int length = frequencies.values().stream().mapToInt(Integer::intValue).sum();
            lengths[row] = length;
            total += length;
            int current = row;
            frequencies.forEach((term, tf) -> building.computeIfAbsent(term, t -> new ArrayList<>()).add(new int[] {current, tf}));
        }
        this.items = this.chunks.stream().map(Chunk::item).distinct().toList();
        this.averageLength = this.chunks.isEmpty() ? 1.0 : (double) total / this.chunks.size();
        this.postings = new HashMap<>();
        building.forEach((term, list) -> postings.put(term, list.toArray(int[][]::new)));
        this.categoryRows = new EnumMap<>(Intent.class);
        for (Intent category : Intent.values()) {
            int[] rows = IntStream.range(0, this.chunks.size()).filter(row -> this.chunks.get(row).item().category() == category).toArray();
            if (rows.length > 0) {
                categoryRows.put(category, rows);
            }
        }
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

    List<KnowledgeItem> items() {
        return items;
    }

    List<Chunk> chunks() {
        return chunks;
    }

    DenseVectors dense() {
        return dense;
    }

    /** The rows of the chunks nearest the query vector (cosine ≥ {@code floor}), best first; none without vectors. */
    int[] nearest(float[] query, double floor, int m) {
        return dense == null || query == null ? new int[0] : dense.nearest(query, floor, m);
    }

    /**
     * The BM25 score of every chunk for {@code queryTerms}, in chunk order (zero: no term matched);
     * chunks of {@code intent}'s category weigh more.
     */
    double[] scores(List<String> queryTerms, Intent intent) {
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
        if (intent != null) {
            for (int row : rowsOf(intent)) {
                scores[row] *= CATEGORY_BOOST;
            }
        }
        return scores;
    }

    private int[] rowsOf(Intent intent) {
        return categoryRows.getOrDefault(intent, NO_ROWS);
    }
}
