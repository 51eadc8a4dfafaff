package ai.heyseven.adapter.local;

import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.EmbedderException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The all-MiniLM-L6-v2 (quantized) embedding model that LangChain4j ships inside a Maven artifact:
 * no download, no account, allowed in every profile. It is loaded once, at start-up, before the
 * server reports ready, and its load time logged. The model is native CPU-heavy code, so it runs on
 * a small pool of platform threads with a bounded queue and a timeout, never on a virtual thread's
 * carrier; a full queue refuses at once instead of queueing without bound.
 */
public final class LocalEmbedder implements Embedder, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalEmbedder.class);
    private static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    private LocalEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model, ThreadPoolExecutor pool, Duration timeout) {
        this.model = model;
        this.pool = pool;
        this.timeout = timeout;
    }

    /**
     * Loads the model now and starts its pool.
     *
     * @param threads platform threads that run the model (the number of cores is a good choice)
     * @param queue how many embeddings may wait for a thread before new ones are refused
     * @param timeout the longest one call may take, waiting included
     */
    public static LocalEmbedder load(int threads, int queue, Duration timeout) {
        if (threads < 1 || queue < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("threads and queue must be positive and timeout longer than zero");
        }
        long started = System.nanoTime();
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model.embed("warm up");
        LOG.info("loaded the local embedding model all-MiniLM-L6-v2 (quantized, {} dimensions) in {} ms",
                DIMENSIONS, (System.nanoTime() - started) / 1_000_000);
        AtomicInteger counter = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), runnable -> {
                    Thread thread = Thread.ofPlatform().daemon().name("embedder-" + counter.incrementAndGet()).unstarted(runnable);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        return new LocalEmbedder(model, pool, timeout);
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        return run(() -> model.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return run(() -> model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector).toList());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private <T> T run(Supplier<T> work) {
        Future<T> future;
        try {
            future = pool.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw new EmbedderException("all embedding threads are busy and the queue is full", e);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new EmbedderException("embedding took longer than " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new EmbedderException("the embedding model failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbedderException("interrupted while embedding", e);
        }
    }
}
