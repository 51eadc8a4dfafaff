package ai.heyseven.ports.comps;

import ai.heyseven.ports.BackendException;

/** The player system could not be read. */
public final class PlayerTrackingException extends BackendException {
    private static final long serialVersionUID = 1L;

    public PlayerTrackingException(String message, Throwable cause) {
        super("player-tracking", message, cause);
    }
}
