package ai.heyseven.core.knowledge;

import ai.heyseven.ports.model.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Unit-length embeddings of one casino's chunks, for cosine similarity by dot product. */
final class DenseVectors {
    /** Chunks embedded per call: each call stays well inside the embedder's per-call timeout. */
    static final int BATCH = 32;

    private final float[][] rows;
    private final int embedded;
    /** Groups of rows for an approximate search of a large catalogue; null: every row is scanned. */
    private final Clusters clusters;

    private DenseVectors(float[][] rows, int embedded, Clusters clusters) {
        this.rows = rows;
        this.embedded = embedded;
        this.clusters = clusters;
    }

    /**
     * The vectors of {@code chunks}: those whose id {@code previous} already holds are reused, the
     * rest are embedded in batches of {@value #BATCH} — a changed item costs the embedding of its own chunks only.
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
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<float[]> embedded = embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + BATCH)));
            for (int i = 0; i < embedded.size(); i++) {
                rows[missing.get(from + i)] = unit(embedded.get(i));
            }
        }
        return new DenseVectors(rows, texts.size(), Clusters.of(rows, previous == null ? null : previous.clusters));
    }

    /** How many of the vectors were embedded when built, rather than reused. */
    int embedded() {
        return embedded;
    }

    /**
     * The rows most similar to {@code query} with a cosine similarity of at least {@code floor},
     * best first, at most {@code m}: every row of a small catalogue, the rows of the nearest
     * groups of a large one ({@link Clusters}).
     */
    int[] nearest(float[] query, double floor, int m) {
        float[] q = unit(query);
        return best(q, clusters == null ? null : clusters.candidates(q), floor, m);
    }

    /** As {@link #nearest} by an exact scan of every row: what the clusters approximate. */
    int[] exactNearest(float[] query, double floor, int m) {
        return best(unit(query), null, floor, m);
    }

    /** The groups, for diagnostics. */
    @Override
    public String toString() {
        return "DenseVectors[" + rows.length + " rows, " + (clusters == null ? "exact" : clusters) + "]";
    }

    /** Whether a search here is approximate (a large catalogue, grouped). */
    boolean clustered() {
        return clusters != null;
    }

    private int[] best(float[] q, int[] candidates, double floor, int m) {
        double[] similarities = new double[rows.length];
        if (candidates == null) {
            for (int row = 0; row < rows.length; row++) {
                similarities[row] = dot(rows[row], q);
            }
        } else {
            for (int row : candidates) {
                similarities[row] = dot(rows[row], q);
            }
        }
        return TopRows.of(similarities, floor, m);
    }

    /** A dot product with four independent sums, so the CPU can overlap them. */
    static double dot(float[] v, float[] q) {
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
