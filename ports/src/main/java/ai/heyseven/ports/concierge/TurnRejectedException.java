package ai.heyseven.ports.concierge;

/**
 * The request cannot be served as asked: an unknown casino, or a thread that belongs to another
 * casino or guest. The message is safe to show to the caller: it reveals nothing of other
 * conversations.
 */
public final class TurnRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private TurnRejectedException(String message) {
        super(message);
    }

    public static TurnRejectedException unknownCasino(String casinoId) {
        return new TurnRejectedException("unknown casino_id '" + casinoId + "'");
    }

    public static TurnRejectedException foreignThread() {
        return new TurnRejectedException("thread_id does not belong to this casino and guest");
    }
}
