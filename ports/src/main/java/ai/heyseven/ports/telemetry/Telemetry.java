package ai.heyseven.ports.telemetry;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where spans and measurements go. Implementations must be cheap when nothing listens, thread-safe,
 * and never throw.
 */
public interface Telemetry {

    /** Reports nothing; spans cost nothing. */
    Telemetry NONE = measuring(measurement -> { });

    /**
     * Records no spans and hands every measurement to {@code sink} (which must be thread-safe and
     * never throw): for an embedder that only counts, and for tests that check what was measured.
     */
    static Telemetry measuring(Consumer<Measurement> sink) {
        Objects.requireNonNull(sink, "sink");
        return new Telemetry() {
            @Override
            public Span span(String name) {
                return Span.NONE;
            }

            @Override
            public <T> Callable<T> carry(Callable<T> work) {
                return work;
            }

            @Override
            public void record(Measurement measurement) {
                sink.accept(measurement);
            }
        };
    }

    /**
     * Opens a span, a child of this thread's current one, and makes it current on this thread until
     * it is closed. Close it on the thread that opened it.
     *
     * @param name a fixed name ({@code turn}, {@code node respond}), never guest text
     */
    Span span(String name);

    /** {@code work}, to run on another thread as a part of this thread's current span and log context. */
    <T> Callable<T> carry(Callable<T> work);

    /** Counts or times something that happened. */
    void record(Measurement measurement);
}
