package ai.heyseven.ports.desk;

import ai.heyseven.ports.BackendException;

/** The case store could not be written or read. */
public final class CaseStoreException extends BackendException {
    private static final long serialVersionUID = 1L;

    public CaseStoreException(String message, Throwable cause) {
        super("case-store", message, cause);
    }
}
