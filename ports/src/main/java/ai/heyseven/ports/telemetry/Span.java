package ai.heyseven.ports.telemetry;

/** A timed piece of work within a trace; closing it ends it. */
public interface Span extends AutoCloseable {

    /** A span that records nothing. */
    Span NONE = new Span() {
        @Override
        public Span attribute(String key, String value) {
            return this;
        }

        @Override
        public void failed(Throwable cause) {
        }

        @Override
        public void close() {
        }
    };

    /** Adds an attribute: a fixed key and a value that is never guest text or personal data. */
    Span attribute(String key, String value);

    /** Marks the span failed, with the failure's type (its message is not recorded: it may quote input). */
    void failed(Throwable cause);

    @Override
    void close();
}
