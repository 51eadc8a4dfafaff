package ai.heyseven.adapter.gemini;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.model.EmbedderException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gemini embeddings through the real LangChain4j client, against the local Gemini-protocol server. */
class GeminiEmbedderIT {
    private final FakeGemini gemini;
    private final GeminiEmbedder embedder;

    GeminiEmbedderIT() throws Exception {
        gemini = new FakeGemini();
        embedder = new GeminiEmbedder(gemini.baseUrl(), "embed-key", "text-embedding-test", 8, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        gemini.close();
    }

    @Test
    void embedsOneTextAndABatchInOrderWithinGeminisBatchLimit() {
        float[] one = embedder.embed("sushi");
        assertEquals(8, one.length);
        List<String> texts = IntStream.range(0, 150).mapToObj(i -> "text " + i).toList();
        List<float[]> all = embedder.embedAll(texts);
        assertEquals(150, all.size());
        assertArrayEquals(embedder.embed("text 42"), all.get(42), 1e-6f, "the same text, the same vector, in order");
        assertEquals(2, gemini.requests.stream().filter(r -> r.path().contains(":batchEmbedContents")).count(), "100 + 50");
        assertTrue(gemini.requests.stream().allMatch(r -> r.apiKey().equals("embed-key")));
    }

    @Test
    void aFailureIsAnEmbedderException() {
        gemini.then(new FakeGemini.Reply.Status(503, "{}", null));
        assertThrows(EmbedderException.class, () -> embedder.embed("sushi"));
    }
}
