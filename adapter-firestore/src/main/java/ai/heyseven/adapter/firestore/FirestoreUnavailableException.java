package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.BackendException;

/** Firestore did not answer the readiness probe. */
public final class FirestoreUnavailableException extends BackendException {
    private static final long serialVersionUID = 1L;

    public FirestoreUnavailableException(String message, Throwable cause) {
        super("firestore", message, cause);
    }
}
