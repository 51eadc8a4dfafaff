package ai.heyseven.ports.guest;

import ai.heyseven.ports.BackendException;

/** The profile store could not answer. */
public final class GuestProfileStoreException extends BackendException {
    private static final long serialVersionUID = 1L;

    public GuestProfileStoreException(String message, Throwable cause) {
        super("guest-profiles", message, cause);
    }
}
