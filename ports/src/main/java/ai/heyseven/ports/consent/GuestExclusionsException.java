package ai.heyseven.ports.consent;

import ai.heyseven.ports.BackendException;

/** Guests' exclusions or their linked numbers could not be read or written. */
public final class GuestExclusionsException extends BackendException {
    private static final long serialVersionUID = 1L;

    public GuestExclusionsException(String message, Throwable cause) {
        super("guest-exclusions", message, cause);
    }
}
