package ai.heyseven.ports.sms;

import ai.heyseven.ports.BackendException;

/** The carrier did not take a message. */
public final class SmsSenderException extends BackendException {
    private static final long serialVersionUID = 1L;

    public SmsSenderException(String message, Throwable cause) {
        super("sms-sender", message, cause);
    }
}
