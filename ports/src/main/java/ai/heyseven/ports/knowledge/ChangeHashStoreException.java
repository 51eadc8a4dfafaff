package ai.heyseven.ports.knowledge;

import ai.heyseven.ports.BackendException;

/** The change hash store could not be read or written. */
public final class ChangeHashStoreException extends BackendException {
    private static final long serialVersionUID = 1L;

    public ChangeHashStoreException(String message, Throwable cause) {
        super("change-hash-store", message, cause);
    }
}
