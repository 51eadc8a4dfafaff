package ai.heyseven.core.knowledge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable BM25 index of one casino's items at one version. */
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
    private final List<KnowledgeItem> items;
    private final Map<String, KnowledgeItem> byId;
    private final Map<String, int[][]> postings;
    private final int[] lengths;
    private final double averageLength;

    private final DenseVectors dense;

    CasinoIndex(long version, List<KnowledgeItem> items, DenseVectors dense) {
        this.version = version;
        this.dense = dense;
        this.items = List.copyOf(items);
        this.byId = new HashMap<>();
        this.lengths = new int[this.items.size()];
        Map<String, List<int[]>> building = new HashMap<>();
        long total = 0;
        for (int doc = 0; doc < this.items.size(); doc++) {
            KnowledgeItem item = this.items.get(doc);
            byId.put(item.id(), item);
            Map<String, Integer> frequencies = frequencies(item);
            int length = frequencies.values().stream().mapToInt(Integer::intValue).sum();
            lengths[doc] = length;
            total += length;
            int current = doc;
            frequencies.forEach((term, tf) -> building.computeIfAbsent(term, t -> new ArrayList<>()).add(new int[] {current, tf}));
        }
        this.averageLength = this.items.isEmpty() ? 1.0 : (double) total / this.items.size();
        this.postings = new HashMap<>();
        building.forEach((term, list) -> postings.put(term, list.toArray(int[][]::new)));
    }

    long version() {
        return version;
    }

    Optional<KnowledgeItem> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<KnowledgeItem> items() {
        return items;
    }

    /** Cosine similarity of every item with the query vector, or null without an embedder. */
    double[] similarities(float[] query) {
        return dense == null || query == null ? null : dense.similarities(query);
    }

    List<Scored> search(List<String> queryTerms, Intent intent) {
        double[] scores = new double[items.size()];
        int n = items.size();
        for (String term : queryTerms) {
            int[][] docs = postings.get(term);
            if (docs == null) {
                continue;
            }
            double idf = Math.log(1.0 + (n - docs.length + 0.5) / (docs.length + 0.5));
            for (int[] posting : docs) {
                int doc = posting[0];
                double tf = posting[1];
                scores[doc] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[doc] / averageLength));
            }
        }
        List<Scored> hits = new ArrayList<>();
        for (int doc = 0; doc < n; doc++) {
            if (scores[doc] > 0) {
                double boost = items.get(doc).category() == intent ? CATEGORY_BOOST : 1.0;
                hits.add(new Scored(items.get(doc), scores[doc] * boost));
            }
        }
        hits.sort(Comparator.comparingDouble(Scored::score).reversed());
        return hits;
    }

    private static Map<String, Integer> frequencies(KnowledgeItem item) {
        Map<String, Integer> tf = new HashMap<>();
        count(tf, item.name(), NAME_WEIGHT);
        count(tf, String.join(" ", item.tags()), TAG_WEIGHT);
        count(tf, CATEGORY_WORDS.get(item.category()), 1);
        count(tf, item.description(), 1);
        count(tf, item.location(), 1);
        count(tf, item.priceRange().isEmpty() ? "" : "price", 1);
        return tf;
    }

    private static void count(Map<String, Integer> tf, String text, int weight) {
        for (String term : Terms.of(text)) {
            tf.merge(term, weight, Integer::sum);
        }
    }

    record Scored(KnowledgeItem item, double score) { }
}
