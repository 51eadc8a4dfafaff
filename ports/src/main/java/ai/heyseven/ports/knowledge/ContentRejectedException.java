package ai.heyseven.ports.knowledge;

/**
 * A content change that cannot be taken as sent: an unknown casino, or text that reads as an
 * instruction to the model. The message is safe to show to the sender.
 */
public final class ContentRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    private ContentRejectedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static ContentRejectedException unknownCasino(String casinoId) {
        return new ContentRejectedException("unknown_casino", "unknown casino_id '" + casinoId + "'");
    }

    public static ContentRejectedException unsafe(String itemId, String field) {
        return new ContentRejectedException("unsafe_content",
                "item '" + itemId + "': its " + field + " reads as an instruction to the assistant; it was not ingested");
    }

    /** A short code: {@code unknown_casino} or {@code unsafe_content}. */
    public String reason() {
        return reason;
    }
}
