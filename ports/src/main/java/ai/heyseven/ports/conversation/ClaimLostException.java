package ai.heyseven.ports.conversation;

/**
 * A save under a {@link TurnClaim} that no longer holds its thread: the lease ran out and another
 * turn claimed the conversation. The save was refused, so the other turn's exchange is kept; the
 * turn that lost its claim must end without acknowledging anything more.
 */
public final class ClaimLostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClaimLostException(String threadId) {
        super("thread " + threadId + " is no longer held by this turn: its lease ran out and another turn claimed it");
    }
}
