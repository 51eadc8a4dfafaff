package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import ai.heyseven.ports.model.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The int8 first pass finds what an exact scan finds: planted neighbours among random vectors, in exact order. */
class DenseVectorsTest {
    private static final int DIMENSIONS = 384;

    @Test
    void findsTheNearestRowsInExactOrderAboveTheFloor() {
        Random random = new Random(3);
        float[] query = randomVector(random);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            vectors.add(randomVector(random));
        }
        double[] closeness = {0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35};
        int[] planted = {1_500, 20, 999, 7, 1_234, 300, 1_999, 42};
        for (int i = 0; i < planted.length; i++) {
            vectors.set(planted[i], blend(query, vectors.get(planted[i]), closeness[i]));
        }
        List<Chunk> chunks = IntStream.range(0, vectors.size()).mapToObj(DenseVectorsTest::chunk).toList();
        DenseVectors dense = DenseVectors.of(chunks, null, List.of(), embedderOf(chunks, vectors));
        assertEquals(2_000, dense.embedded());
        for (double floor : new double[] {0.2, 0.30, 0.5, 0.75}) {
            for (int m : new int[] {1, 3, 12}) {
                assertArrayEquals(exactNearest(vectors, query, floor, m), dense.nearest(query, floor, m), "floor " + floor + ", m " + m);
            }
        }
        assertArrayEquals(new int[] {1_500, 20, 999}, dense.nearest(query, 0.30, 3));
    }

    /** The exact answer, by a full scan and sort. */
    private static int[] exactNearest(List<float[]> vectors, float[] query, double floor, int m) {
        double[] exact = vectors.stream().mapToDouble(v -> {
            double dot = 0;
            for (int i = 0; i < DIMENSIONS; i++) {
                dot += v[i] * query[i];
            }
            return dot;
        }).toArray();
        return IntStream.range(0, exact.length).boxed().filter(row -> exact[row] >= floor)
                .sorted((a, b) -> Double.compare(exact[b], exact[a])).limit(m).mapToInt(Integer::intValue).toArray();
    }

    private static float[] randomVector(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return DenseVectors.unit(v);
    }

    /** A unit vector whose cosine with {@code target} is about {@code closeness}. */
    private static float[] blend(float[] target, float[] noise, double closeness) {
        float[] v = new float[DIMENSIONS];
        double rest = Math.sqrt(1 - closeness * closeness);
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = (float) (closeness * target[i] + rest * noise[i]);
        }
        return DenseVectors.unit(v);
    }

    private static Chunk chunk(int i) {
        KnowledgeItem item = new KnowledgeItem("item-" + i, "c", Intent.AMENITIES, "Item " + i, "text " + i, "", WeeklyHours.NONE, "",
                List.of());
        return Chunker.chunks(item).get(0);
    }

    private static Embedder embedderOf(List<Chunk> chunks, List<float[]> vectors) {
        return new Embedder() {
            @Override
            public int dimensions() {
                return DIMENSIONS;
            }

            @Override
            public float[] embed(String text) {
                for (int i = 0; i < chunks.size(); i++) {
                    if (chunks.get(i).content().equals(text)) {
                        return vectors.get(i);
                    }
                }
                throw new IllegalArgumentException(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return texts.stream().map(this::embed).toList();
            }
        };
    }
}
