package ai.heyseven.ports.casino;

import ai.heyseven.ports.BackendException;

/** The casino configuration could not be read. */
public final class CasinoConfigException extends BackendException {
    private static final long serialVersionUID = 1L;

    public CasinoConfigException(String message, Throwable cause) {
        super("casino-config", message, cause);
    }
}
