package ai.heyseven.ports.model;

import ai.heyseven.ports.BackendException;

/** The embedder could not produce a vector. */
public final class EmbedderException extends BackendException {
    private static final long serialVersionUID = 1L;

    public EmbedderException(String message, Throwable cause) {
        super("embedder", message, cause);
    }
}
