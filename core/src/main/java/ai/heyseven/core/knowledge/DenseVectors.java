package ai.heyseven.core.knowledge;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.model.Embedder;
import java.util.ArrayList;
import java.util.List;

/** Unit-length embeddings of one casino's items, for cosine similarity by dot product. */
final class DenseVectors {
    private final float[][] vectors;

    private DenseVectors(float[][] vectors) {
        this.vectors = vectors;
    }

    /** Embeds every item in one batch: its name, category, tags, description and location. */
    static DenseVectors of(List<KnowledgeItem> items, Embedder embedder) {
        List<String> texts = new ArrayList<>(items.size());
        for (KnowledgeItem item : items) {
            texts.add(item.name() + ". " + item.category().wireName() + ". " + String.join(", ", item.tags()) + ". "
                    + item.description() + " " + item.location());
        }
        List<float[]> embedded = embedder.embedAll(texts);
        float[][] vectors = new float[embedded.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = unit(embedded.get(i));
        }
        return new DenseVectors(vectors);
    }

    /** The cosine similarity of every item with {@code query}, in item order. */
    double[] similarities(float[] query) {
        float[] q = unit(query);
        double[] similarities = new double[vectors.length];
        for (int doc = 0; doc < vectors.length; doc++) {
            double dot = 0;
            float[] v = vectors[doc];
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * q[i];
            }
            similarities[doc] = dot;
        }
        return similarities;
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
