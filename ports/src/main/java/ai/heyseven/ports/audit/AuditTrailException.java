package ai.heyseven.ports.audit;

import ai.heyseven.ports.BackendException;

/** The audit trail could not be written. */
public final class AuditTrailException extends BackendException {
    private static final long serialVersionUID = 1L;

    public AuditTrailException(String message, Throwable cause) {
        super("audit-trail", message, cause);
    }
}
