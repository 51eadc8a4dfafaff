package ai.heyseven.ports.idempotency;

import ai.heyseven.ports.BackendException;

/** The idempotency store could not answer. */
public final class IdempotencyStoreException extends BackendException {
    private static final long serialVersionUID = 1L;

    public IdempotencyStoreException(String message, Throwable cause) {
        super("idempotency-store", message, cause);
    }
}
