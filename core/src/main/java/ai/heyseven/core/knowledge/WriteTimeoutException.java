package ai.heyseven.core.knowledge;

import ai.heyseven.ports.BackendException;

/** A store did not answer a knowledge write in time; the sender should retry. */
final class WriteTimeoutException extends BackendException {
    private static final long serialVersionUID = 1L;

    WriteTimeoutException(String backend, String message, Throwable cause) {
        super(backend, message, cause);
    }
}
