package ai.heyseven.ports.concierge;

import java.time.Duration;
import java.util.Objects;

/**
 * Another turn of the same conversation is running (a double click, a retry, a second device):
 * this one was not started and nothing of it was kept. The caller should send it again after
 * {@link #retryAfter()}.
 */
public final class TurnInProgressException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    public TurnInProgressException(String threadId, Duration retryAfter) {
        super("another message of thread " + threadId + " is being answered; send this one again when it is done", null, false, false);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
