package ai.heyseven.core.knowledge;

import ai.heyseven.ports.model.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Unit-length embeddings of one casino's chunks, for cosine similarity by dot product. */
final class DenseVectors {
    private final float[][] rows;
    private final int embedded;

    private DenseVectors(float[][] rows, int embedded) {
        this.rows = rows;
        this.embedded = embedded;
    }

    /**
     * The vectors of {@code chunks}: those whose id {@code previous} already holds are reused, the
     * rest are embedded in one batch — a changed item costs the embedding of its own chunks only.
     *
     * @throws ai.heyseven.ports.model.EmbedderException when the embedder fails
     */
    static DenseVectors of(List<Chunk> chunks, DenseVectors previous, List<Chunk> previousChunks, Embedder embedder) {
        Map<String, float[]> known = new HashMap<>();
        if (previous != null) {
            for (int row = 0; row < previousChunks.size(); row++) {
                known.put(previousChunks.get(row).id(), previous.rows[row]);
            }
        }
        List<Integer> missing = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        float[][] rows = new float[chunks.size()][];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = known.get(chunks.get(row).id());
            if (rows[row] == null) {
                missing.add(row);
                texts.add(chunks.get(row).content());
            }
        }
        if (!texts.isEmpty()) {
            List<float[]> embedded = embedder.embedAll(texts);
            for (int i = 0; i < missing.size(); i++) {
                rows[missing.get(i)] = unit(embedded.get(i));
            }
        }
        return new DenseVectors(rows, texts.size());
    }

    /** How many of the vectors were embedded when built, rather than reused. */
    int embedded() {
        return embedded;
    }

    /** The cosine similarity of every chunk with {@code query}, in chunk order. */
    double[] similarities(float[] query) {
        float[] q = unit(query);
        double[] similarities = new double[rows.length];
        for (int row = 0; row < rows.length; row++) {
            similarities[row] = dot(rows[row], q);
        }
        return similarities;
    }

    /** A dot product with four independent sums, so the CPU can overlap them. */
    private static double dot(float[] v, float[] q) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = Math.min(v.length, q.length);
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += v[i] * q[i];
            s1 += v[i + 1] * q[i + 1];
            s2 += v[i + 2] * q[i + 2];
            s3 += v[i + 3] * q[i + 3];
        }
        for (; i < n; i++) {
            s0 += v[i] * q[i];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length && norm > 0; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
