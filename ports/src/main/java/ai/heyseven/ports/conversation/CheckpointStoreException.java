package ai.heyseven.ports.conversation;

import ai.heyseven.ports.BackendException;

/** The checkpoint store could not be read or written; the conversation must not silently be lost. */
public final class CheckpointStoreException extends BackendException {
    private static final long serialVersionUID = 1L;

    public CheckpointStoreException(String message, Throwable cause) {
        super("checkpoint-store", message, cause);
    }
}
