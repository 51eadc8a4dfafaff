package ai.heyseven.adapter.embedding;

import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.telemetry.BoundedStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The vectors of recent questions, so a question asked again (guests ask the same few hundred
 * things) costs a map look-up instead of a model run: embedding a query was the largest share of a
 * turn's CPU. Bounded by entry count and idle time, shared by every embedder put behind it, each
 * under its model's name so two models never answer for each other.
 *
 * <pre>{@code
 * EmbeddingCache cache = EmbeddingCache.of(10_000, Duration.ofHours(1));
 * Embedder embedder = cache.cached(LocalEmbedder.MODEL, LocalEmbedder.load(2, 64, Duration.ofSeconds(5)));
 * }</pre>
 *
 * <p>Only {@link Embedder#embed} (one query) is cached; {@link Embedder#embedAll} is ingestion,
 * whose chunks are embedded once per change and would only push questions out.
 */
public final class EmbeddingCache implements BoundedStore {
    private final Cache<Key, float[]> vectors;
    private final long capacity;

    private EmbeddingCache(long capacity, Duration idle) {
        this.capacity = capacity;
        this.vectors = Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(idle)
                // evicting on the writer keeps the bound exact at once; the work is a few pointer moves
                .executor(Runnable::run).recordStats().build();
    }

    /**
     * @param capacity the most vectors kept (at 384 floats, 10,000 are about 16 MB)
     * @param idle a vector not asked for this long is dropped
     */
    public static EmbeddingCache of(long capacity, Duration idle) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("idle must be longer than zero, got " + idle);
        }
        return new EmbeddingCache(capacity, idle);
    }

    /** {@code embedder} behind this cache, its vectors filed under {@code model}. */
    public Embedder cached(String model, Embedder embedder) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(embedder, "embedder");
        return new Cached(model, embedder);
    }

    /** Questions answered from the cache since start. */
    public long hits() {
        return vectors.stats().hitCount();
    }

    /** Questions the model had to embed since start. */
    public long misses() {
        return vectors.stats().missCount();
    }

    @Override
    public Fill fill() {
        return new Fill(vectors.estimatedSize(), capacity, vectors.stats().evictionCount());
    }

    /**
     * The text a question is filed under: runs of white space are one space and the ends trimmed,
     * which changes no model's reading of it. Case is kept: a cased model may read it.
     */
    static String normalised(String text) {
        String trimmed = text.strip();
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean afterSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean blank = Character.isWhitespace(c);
            if (!blank) {
                out.append(c);
            } else if (!afterSpace) {
                out.append(' ');
            }
            afterSpace = blank;
        }
        return out.toString();
    }

    private record Key(String model, String text) { }

    /** One embedder behind the cache. */
    private final class Cached implements Embedder {
        private final String model;
        private final Embedder embedder;

        Cached(String model, Embedder embedder) {
            this.model = model;
            this.embedder = embedder;
        }

        @Override
        public int dimensions() {
            return embedder.dimensions();
        }

        /** A copy of the cached vector: a caller that changes it cannot change the next guest's. */
        @Override
        public float[] embed(String text) {
            String question = normalised(text);
            Key key = new Key(model, question);
            float[] vector = vectors.getIfPresent(key);
            if (vector != null) { // getIfPresent counts the hit or the miss in the cache's stats
                return vector.clone();
            }
            // a failure (EmbedderException) is not cached: the next asker tries the model again
            vector = embedder.embed(question);
            vectors.put(key, vector.clone());
            return vector;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return embedder.embedAll(texts);
        }
    }
}
