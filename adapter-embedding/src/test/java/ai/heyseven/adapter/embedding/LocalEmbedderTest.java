package ai.heyseven.adapter.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalEmbedderTest {
    private static LocalEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = LocalEmbedder.load(2, 16, Duration.ofSeconds(5));
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void meaningsThatShareNoWordAreCloserThanUnrelatedOnes() {
        List<float[]> vectors = embedder.embedAll(List.of(
                "I want to relax my sore muscles",
                "Massages, facials, sauna and steam rooms",
                "Blackjack from $15 minimums"));
        assertEquals(3, vectors.size());
        assertEquals(embedder.dimensions(), vectors.get(0).length);
        assertTrue(cosine(vectors.get(0), vectors.get(1)) > cosine(vectors.get(0), vectors.get(2)));
    }

    @Test
    void oneTextGivesTheSameVectorAsInABatch() {
        float[] alone = embedder.embed("Where can I get sushi after the show?");
        float[] batched = embedder.embedAll(List.of("Where can I get sushi after the show?")).get(0);
        assertTrue(cosine(alone, batched) > 0.999);
    }
}
