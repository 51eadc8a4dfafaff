package ai.heyseven.ports.sms;

import ai.heyseven.ports.BackendException;

/** The SMS queue could not be written or read. */
public final class SmsQueueException extends BackendException {
    private static final long serialVersionUID = 1L;

    public SmsQueueException(String message, Throwable cause) {
        super("sms-queue", message, cause);
    }
}
