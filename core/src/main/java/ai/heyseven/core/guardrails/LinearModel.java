package ai.heyseven.core.guardrails;

import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression over {@link TextFeatures}: one weight per bucket and class, laid
 * out bucket by bucket so a message's scores read consecutive memory. Trained by Adagrad over a
 * fixed number of passes in a seeded order, so the same examples always give the same model.
 */
final class LinearModel {
    /** A squared gradient below which an example teaches nothing worth a pass over its features. */
    private static final double NEGLIGIBLE = 1e-6;
    private final int classes;
    private final float[] weights;
    private final float[] bias;

    /** One training example: its features, its class, how much it counts, and a key (its text's hash) that places it in each pass. */
    record Example(TextFeatures.Vector features, int label, float weight, int key) { }

    private LinearModel(int classes, float[] weights, float[] bias) {
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
    }

    /** Adds, per class, the weights of every feature's bucket to {@code sums}: unscaled, so the sums of a text's parts add up. */
    void addWeights(TextFeatures.Vector features, double[] sums) {
        addWeights(weights, classes, features, sums);
    }

    /** The probability of each class for the summed weights of {@code count} features (scaled to unit length, as in training). */
    void probabilities(double[] sums, int count, double[] into) {
        probabilities(bias, sums, count, into);
    }

    int classes() {
        return classes;
    }

    static LinearModel train(List<Example> examples, int classes, int passes, double rate, long seed) {
        float[] weights = new float[TextFeatures.BUCKETS * classes];
        float[] squares = new float[TextFeatures.BUCKETS];
        float[] bias = new float[classes];
        float[] biasSquares = new float[classes];
        double[] p = new double[classes];
        double[] sums = new double[classes];
        float[] gradients = new float[classes];
        for (int pass = 0; pass < passes; pass++) {
            for (int index : order(examples, seed + pass)) {
                Example example = examples.get(index);
                Arrays.fill(sums, 0);
                addWeights(weights, classes, example.features(), sums);
                probabilities(bias, sums, example.features().count(), p);
                double norm = 0;
                for (int k = 0; k < classes; k++) {
                    gradients[k] = (float) (example.weight() * (p[k] - (k == example.label() ? 1 : 0)));
                    norm += gradients[k] * gradients[k];
                    biasSquares[k] += gradients[k] * gradients[k];
                    bias[k] -= (float) (rate * gradients[k] / Math.sqrt(biasSquares[k] + 1e-8));
                }
                if (norm < NEGLIGIBLE) {
                    continue; // already classified with confidence: nothing worth learning from it
                }
                // Adagrad with one accumulator per bucket, shared by its classes: one square root per feature
                int[] buckets = example.features().buckets();
                float value = example.features().value();
                float squared = (float) (norm * value * value);
                for (int f = 0; f < example.features().count(); f++) {
                    int bucket = buckets[f];
                    squares[bucket] += squared;
                    float step = (float) (rate * value / Math.sqrt(squares[bucket] + 1e-8));
                    int base = bucket * classes;
                    for (int k = 0; k < classes; k++) {
                        weights[base + k] -= step * gradients[k];
                    }
                }
            }
        }
        return new LinearModel(classes, weights, bias);
    }

    /** The examples' indices sorted by a mix of each one's key and {@code salt}: a shuffle that does not depend on position. */
    private static int[] order(List<Example> examples, long salt) {
        long[] keyed = new long[examples.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = (mix(examples.get(i).key() ^ salt * 0x9E3779B97F4A7C15L) & 0xFFFF_FFFF_0000_0000L) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[keyed.length];
        for (int i = 0; i < keyed.length; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /** A 64-bit finaliser (MurmurHash3's): every input bit moves every output bit. */
    private static long mix(long value) {
        long h = value;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    private static void addWeights(float[] weights, int classes, TextFeatures.Vector features, double[] sums) {
        int[] buckets = features.buckets();
        for (int f = 0; f < features.count(); f++) {
            int base = buckets[f] * classes;
            for (int k = 0; k < classes; k++) {
                sums[k] += weights[base + k];
            }
        }
    }

    private static void probabilities(float[] bias, double[] sums, int count, double[] into) {
        double scale = count == 0 ? 0 : 1.0 / Math.sqrt(count);
        for (int k = 0; k < bias.length; k++) {
            into[k] = bias[k] + sums[k] * scale;
        }
        softmax(into);
    }

    private static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = StrictMath.exp(scores[k] - max); // the same bits on every machine, so the same model and thresholds
            sum += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= sum;
        }
    }
}
