package ai.heyseven.adapter.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.model.Embedder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {
    private static final String MODEL = "all-minilm-l6-v2-q";
    private static LocalEmbedder local;

    @BeforeAll
    static void load() {
        local = LocalEmbedder.load(1, 16, Duration.ofSeconds(5));
    }

    @AfterAll
    static void close() {
        local.close();
    }

    @Test
    void aQuestionAskedAgainIsAnsweredFromTheCacheWithTheModelsVector() {
        EmbeddingCache cache = EmbeddingCache.of(100, Duration.ofHours(1));
        Embedder embedder = cache.cached(MODEL, local);

        float[] first = embedder.embed("Where can I get sushi after the show?");
        float[] again = embedder.embed("Where can I get sushi after the show?");

        assertEquals(1, cache.misses());
        assertEquals(1, cache.hits());
        assertArrayEquals(local.embed("Where can I get sushi after the show?"), again);
        assertArrayEquals(first, again);
    }

    @Test
    void theSameQuestionSpacedDifferentlyIsOneEntryAndADifferentQuestionAnother() {
        EmbeddingCache cache = EmbeddingCache.of(100, Duration.ofHours(1));
        Embedder embedder = cache.cached(MODEL, local);

        embedder.embed("Is the spa open?");
        embedder.embed("  Is the\tspa   open? ");
        embedder.embed("Is the pool open?");

        assertEquals(1, cache.hits());
        assertEquals(2, cache.misses());
        assertEquals(2, cache.fill().size());
    }

    @Test
    void anotherModelNeverGetsTheVectorsOfTheFirst() {
        EmbeddingCache cache = EmbeddingCache.of(100, Duration.ofHours(1));
        Embedder first = cache.cached(MODEL, local);
        Embedder second = cache.cached("another-model", local);

        first.embed("Do you have valet parking?");
        second.embed("Do you have valet parking?");

        assertEquals(0, cache.hits());
        assertEquals(2, cache.misses());
        assertEquals(2, cache.fill().size());
    }

    @Test
    void holdsNoMoreThanItsCapacityAndCountsWhatItDrops() {
        EmbeddingCache cache = EmbeddingCache.of(2, Duration.ofHours(1));
        Embedder embedder = cache.cached(MODEL, local);

        for (String question : List.of("buffet hours", "poker room", "spa prices", "show tickets", "late checkout")) {
            embedder.embed(question);
        }

        assertTrue(cache.fill().size() <= 2, "size " + cache.fill().size());
        assertEquals(2, cache.fill().capacity());
        assertTrue(cache.fill().evictions() >= 3, "evictions " + cache.fill().evictions());
    }

    @Test
    void aCallerChangingItsVectorDoesNotChangeTheNextCallers() {
        Embedder embedder = EmbeddingCache.of(10, Duration.ofHours(1)).cached(MODEL, local);
        float[] mine = embedder.embed("steakhouse dress code");
        float[] expected = mine.clone();

        mine[0] = 42f;
        embedder.embed("steakhouse dress code")[1] = 42f;

        assertArrayEquals(expected, embedder.embed("steakhouse dress code"));
    }

    @Test
    void batchesAreIngestionAndPassStraightThrough() {
        EmbeddingCache cache = EmbeddingCache.of(10, Duration.ofHours(1));
        List<float[]> vectors = cache.cached(MODEL, local).embedAll(List.of("craps tables", "sports book"));

        assertEquals(2, vectors.size());
        assertEquals(0, cache.fill().size());
        assertEquals(0, cache.misses());
    }

    @Test
    void refusesABoundThatHoldsNothing() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddingCache.of(0, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> EmbeddingCache.of(10, Duration.ZERO));
    }
}
