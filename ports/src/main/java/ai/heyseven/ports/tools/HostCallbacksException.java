package ai.heyseven.ports.tools;

import ai.heyseven.ports.BackendException;

/** The call-back queue could not be written or read. */
public final class HostCallbacksException extends BackendException {
    private static final long serialVersionUID = 1L;

    public HostCallbacksException(String message, Throwable cause) {
        super("host-callbacks", message, cause);
    }
}
