package ai.heyseven.ports;

import java.util.Objects;

/**
 * A backend behind a port failed: the request cannot be served right now and should be retried
 * later. Each port declares its own subtype so a caller knows which backend refused; adapters
 * translate their library's exceptions into it at the boundary, never swallowing the cause.
 */
public abstract class BackendException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String backend;

    protected BackendException(String backend, String message, Throwable cause) {
        super(backend + ": " + message, cause);
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** A short, stable name of the backend that failed, such as {@code checkpoint-store}. */
    public String backend() {
        return backend;
    }
}
