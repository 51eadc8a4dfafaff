package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import ai.heyseven.ports.model.Embedder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The approximate search of a large catalogue against an exact scan, on vectors drawn around
 * topics as real embeddings are (a catalogue has many restaurants, many rooms…).
 */
class ClustersTest {
    private static final int DIMENSIONS = 384;
    private static final int ROWS = 6_000;
    private static final int TOPICS = 60;

    @Test
    void findsWhatAnExactScanFinds() {
        Random random = new Random(11);
        float[][] topics = new float[TOPICS][];
        for (int t = 0; t < TOPICS; t++) {
            topics[t] = gaussian(random, 1.0f);
        }
        Map<String, float[]> vectors = new HashMap<>();
        List<Chunk> chunks = IntStream.range(0, ROWS).mapToObj(i -> {
            Chunk chunk = chunk(i);
            vectors.put(chunk.content(), around(topics[i % TOPICS], random, 0.9f));
            return chunk;
        }).toList();
        DenseVectors dense = DenseVectors.of(chunks, null, List.of(), embedder(vectors));
        assertTrue(dense.clustered());
        int found = 0;
        int expected = 0;
        for (int q = 0; q < 100; q++) {
            float[] query = around(topics[random.nextInt(TOPICS)], random, 0.9f);
            Set<Integer> exact = IntStream.of(dense.exactNearest(query, 0.3, 12)).boxed().collect(Collectors.toSet());
            expected += exact.size();
            found += (int) IntStream.of(dense.nearest(query, 0.3, 12)).filter(exact::contains).count();
        }
        double recall = (double) found / expected;
        System.out.printf(Locale.ROOT, "clustered search over %d rows: recall@12 against an exact scan %.3f%n", ROWS, recall);
        assertTrue(expected > 0);
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    @Test
    void aSmallCatalogueIsScannedExactlyAndARebuildKeepsTheGroups() {
        Random random = new Random(5);
        float[][] small = IntStream.range(0, 100).mapToObj(i -> gaussian(random, 1f)).toArray(float[][]::new);
        assertEquals(null, Clusters.of(small, null));
        float[][] large = IntStream.range(0, Clusters.MIN_ROWS).mapToObj(i -> gaussian(random, 1f)).toArray(float[][]::new);
        Clusters first = Clusters.of(large, null);
        float[][] changed = large.clone();
        changed[7] = gaussian(random, 1f);
        Clusters second = Clusters.of(changed, first);
        for (int q = 0; q < 20; q++) {
            float[] query = gaussian(random, 1f);
            Set<Integer> before = IntStream.of(first.candidates(query)).boxed().collect(Collectors.toSet());
            Set<Integer> after = IntStream.of(second.candidates(query)).boxed().collect(Collectors.toSet());
            before.remove(7);
            after.remove(7);
            assertEquals(before, after, "the other rows keep their groups");
        }
    }

    private static float[] gaussian(Random random, float scale) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = (float) random.nextGaussian() * scale;
        }
        return DenseVectors.unit(v);
    }

    /** A unit vector near {@code topic}: the topic plus noise of the given weight per component. */
    private static float[] around(float[] topic, Random random, float noise) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = topic[i] + (float) (random.nextGaussian() * noise / Math.sqrt(DIMENSIONS));
        }
        return DenseVectors.unit(v);
    }

    private static Chunk chunk(int i) {
        return Chunker.chunks(new KnowledgeItem("item-" + i, "c", Intent.DINING, "Item " + i, "text", "", WeeklyHours.NONE, "", List.of()))
                .get(0);
    }

    private static Embedder embedder(Map<String, float[]> vectors) {
        return new Embedder() {
            @Override
            public int dimensions() {
                return DIMENSIONS;
            }

            @Override
            public float[] embed(String text) {
                return vectors.get(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return texts.stream().map(this::embed).toList();
            }
        };
    }
}
