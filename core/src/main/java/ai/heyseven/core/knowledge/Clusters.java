package ai.heyseven.core.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An inverted file over unit vectors, so a query against a large catalogue compares itself with
 * a few groups of rows instead of every row: the rows are grouped around {@code √n} centroids
 * (k-means on a sample), and a query scans only the rows of its {@value #PROBE_SHARE_PERCENT} %
 * nearest groups. Approximate: a row whose nearest centroid is not among the probed ones is missed
 * ({@code KnowledgeBench} prints the recall against an exact scan).
 *
 * <p>A rebuild after a CMS change keeps the centroids and the group of every row it already had
 * (rows are shared between snapshots), so a change costs the assignment of its own rows; the
 * centroids are trained again only when the catalogue has doubled or halved since.
 */
final class Clusters {
    /** Below this many rows an exact scan is fast enough and exact. */
    static final int MIN_ROWS = 4_096;
    private static final int PROBE_SHARE_PERCENT = 12;
    private static final int MIN_PROBES = 8;
    private static final int TRAINING_SAMPLE_PER_CENTROID = 24;
    private static final int TRAINING_ROUNDS = 8;

    private final float[][] centroids;
    private final int[][] members;
    private final int trainedOn;
    /** The group of each row, by identity of its (shared) vector, for the next rebuild. */
    private final Map<float[], Integer> groupOf;

    private Clusters(float[][] centroids, int[][] members, int trainedOn, Map<float[], Integer> groupOf) {
        this.centroids = centroids;
        this.members = members;
        this.trainedOn = trainedOn;
        this.groupOf = groupOf;
    }

    /** Groups {@code rows}, reusing {@code previous}'s centroids and assignments while they still fit; null below {@link #MIN_ROWS}. */
    static Clusters of(float[][] rows, Clusters previous) {
        if (rows.length < MIN_ROWS) {
            return null;
        }
        boolean reuse = previous != null && rows.length <= 2 * previous.trainedOn && 2 * rows.length >= previous.trainedOn;
        float[][] centroids = reuse ? previous.centroids : train(rows);
        int trainedOn = reuse ? previous.trainedOn : rows.length;
        Map<float[], Integer> groupOf = new IdentityHashMap<>(rows.length * 2);
        List<List<Integer>> building = new ArrayList<>(centroids.length);
        for (int c = 0; c < centroids.length; c++) {
            building.add(new ArrayList<>());
        }
        for (int row = 0; row < rows.length; row++) {
            Integer known = reuse ? previous.groupOf.get(rows[row]) : null;
            int group = known != null ? known : nearestCentroid(centroids, rows[row]);
            groupOf.put(rows[row], group);
            building.get(group).add(row);
        }
        int[][] members = building.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        return new Clusters(centroids, members, trainedOn, groupOf);
    }

    /** The rows of the groups nearest {@code query}, the ones an approximate search scores exactly. */
    int[] candidates(float[] query) {
        double[] closeness = new double[centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            closeness[c] = DenseVectors.dot(centroids[c], query) + 2.0;
        }
        int probes = Math.max(MIN_PROBES, centroids.length * PROBE_SHARE_PERCENT / 100);
        int[] nearest = TopRows.of(closeness, 0, probes);
        int size = 0;
        for (int group : nearest) {
            size += members[group].length;
        }
        int[] rows = new int[size];
        int at = 0;
        for (int group : nearest) {
            System.arraycopy(members[group], 0, rows, at, members[group].length);
            at += members[group].length;
        }
        return rows;
    }

    /** k-means (Lloyd) on a fixed sample, from sample rows chosen with a fixed seed: the same catalogue gives the same groups. */
    private static float[][] train(float[][] rows) {
        int k = (int) Math.ceil(Math.sqrt(rows.length));
        Random random = new Random(rows.length);
        float[][] sample = new float[Math.min(rows.length, k * TRAINING_SAMPLE_PER_CENTROID)][];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = rows[sample.length == rows.length ? i : random.nextInt(rows.length)];
        }
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = sample[random.nextInt(sample.length)].clone();
        }
        int dimensions = rows[0].length;
        for (int round = 0; round < TRAINING_ROUNDS; round++) {
            float[][] sums = new float[k][dimensions];
            int[] counts = new int[k];
            for (float[] vector : sample) {
                int c = nearestCentroid(centroids, vector);
                counts[c]++;
                for (int i = 0; i < dimensions; i++) {
                    sums[c][i] += vector[i];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    centroids[c] = DenseVectors.unit(sums[c]);
                }
            }
        }
        return centroids;
    }

    private static int nearestCentroid(float[][] centroids, float[] vector) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double dot = DenseVectors.dot(centroids[c], vector);
            if (dot > bestDot) {
                bestDot = dot;
                best = c;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "Clusters[" + centroids.length + " groups, sizes " + Arrays.stream(members).mapToInt(m -> m.length).summaryStatistics() + "]";
    }
}
