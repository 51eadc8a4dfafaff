package ai.heyseven.ports.comps;

import ai.heyseven.ports.BackendException;

/** The casino's comp policy could not be read. */
public final class CompPolicyException extends BackendException {
    private static final long serialVersionUID = 1L;

    public CompPolicyException(String message, Throwable cause) {
        super("comp-policy", message, cause);
    }
}
