package ai.heyseven.ports.feedback;

import ai.heyseven.ports.BackendException;

/** The feedback store could not be written or read. */
public final class FeedbackStoreException extends BackendException {
    private static final long serialVersionUID = 1L;

    public FeedbackStoreException(String message, Throwable cause) {
        super("feedback-store", message, cause);
    }
}
