package ai.heyseven.ports.knowledge;

import ai.heyseven.ports.BackendException;

/** The knowledge store could not be read or written. */
public final class KnowledgeStoreException extends BackendException {
    private static final long serialVersionUID = 1L;

    public KnowledgeStoreException(String message, Throwable cause) {
        super("knowledge-store", message, cause);
    }
}
