package ai.heyseven.ports.compliance;

import ai.heyseven.ports.BackendException;

/** A compliance event could not be recorded. */
public final class ComplianceEventsException extends BackendException {
    private static final long serialVersionUID = 1L;

    public ComplianceEventsException(String message, Throwable cause) {
        super("compliance-events", message, cause);
    }
}
