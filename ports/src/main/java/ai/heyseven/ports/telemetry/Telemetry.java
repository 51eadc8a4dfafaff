package ai.heyseven.ports.telemetry;

import java.util.concurrent.Callable;

/**
 * Where spans and measurements go. Implementations must be cheap when nothing listens, thread-safe,
 * and never throw.
 */
public interface Telemetry {

    /** Reports nothing; spans cost nothing. */
    Telemetry NONE = new Telemetry() {
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
        }
    };

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
