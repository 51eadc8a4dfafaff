package ai.heyseven.ports.model;

import ai.heyseven.ports.BackendException;

/** The language model could not answer (unavailable, throttled, timed out, or refused by a breaker). */
public final class LanguageModelException extends BackendException {
    private static final long serialVersionUID = 1L;

    public LanguageModelException(String message, Throwable cause) {
        super("language-model", message, cause);
    }
}
