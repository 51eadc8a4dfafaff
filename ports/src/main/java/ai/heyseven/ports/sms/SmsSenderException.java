package ai.heyseven.ports.sms;

import ai.heyseven.ports.BackendException;

/** The carrier did not take a message — or, when {@link #maybeSent()}, it is unknown whether it did. */
public final class SmsSenderException extends BackendException {
    private static final long serialVersionUID = 1L;
    private final boolean maybeSent;

    /** The carrier certainly did not take it (refused, unreachable, never called). */
    public SmsSenderException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param maybeSent whether the carrier may have taken it anyway (the request went out and no
     *     answer came back): resending could send it twice
     */
    public SmsSenderException(String message, Throwable cause, boolean maybeSent) {
        super("sms-sender", message, cause);
        this.maybeSent = maybeSent;
    }

    public boolean maybeSent() {
        return maybeSent;
    }
}
