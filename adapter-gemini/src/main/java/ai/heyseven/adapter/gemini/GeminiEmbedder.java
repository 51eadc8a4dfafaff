package ai.heyseven.adapter.gemini;

import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.EmbedderException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.googleai.GoogleAiEmbeddingModel;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Gemini's embedding model behind the {@link Embedder} port: one call per text, or
 * {@code batchEmbedContents} in batches of at most {@value #BATCH} for ingestion. A failure is an
 * {@link EmbedderException}, which retrieval answers by searching words only. Built once; the
 * bundled local model remains the default (see the configuration docs).
 */
public final class GeminiEmbedder implements Embedder {
    /** The most texts Gemini embeds in one batch call. */
    static final int BATCH = 100;

    private final GoogleAiEmbeddingModel model;
    private final int dimensions;

    public GeminiEmbedder(URI baseUrl, String apiKey, String modelName, int dimensions, Duration timeout) {
        this.dimensions = dimensions;
        LangChain4jJson.compact();
        this.model = GoogleAiEmbeddingModel.builder()
                .httpClientBuilder(new GeminiHttpClient.Builder())
                .baseUrl(baseUrl.toString())
                .apiKey(apiKey)
                .modelName(modelName)
                .outputDimensionality(dimensions)
                .timeout(timeout)
                .maxRetries(0)
                .build();
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        try {
            return model.embed(text).content().vector();
        } catch (RuntimeException e) {
            throw new EmbedderException("Gemini embedding failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        try {
            for (int from = 0; from < texts.size(); from += BATCH) {
                List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream().map(TextSegment::from).toList();
                for (Embedding embedding : model.embedAll(batch).content()) {
                    vectors.add(embedding.vector());
                }
            }
        } catch (RuntimeException e) {
            throw new EmbedderException("Gemini batch embedding failed: " + e.getMessage(), e);
        }
        if (vectors.size() != texts.size()) {
            throw new EmbedderException("Gemini returned " + vectors.size() + " embeddings for " + texts.size() + " texts", null);
        }
        return vectors;
    }
}
