package ai.heyseven.ports.concierge;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A guest's message for one turn.
 *
 * @param casinoId the property the guest talks to
 * @param message what the guest wrote (at most {@value #MAX_MESSAGE_LENGTH} characters)
 * @param threadId the conversation to continue, or {@code null} to start a new one
 * @param guestId the guest, when known, or {@code null}
 * @param requestId the caller's correlation id, echoed in {@link AgentEvent.Metadata}
 */
public record TurnRequest(String casinoId, String message, String threadId, String guestId, String requestId) {

    /** The longest message a guest may send. */
    public static final int MAX_MESSAGE_LENGTH = 4_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@+-]{1,128}");

    public TurnRequest {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestId, "requestId");
        requireId(threadId, "thread_id");
        requireId(guestId, "guest_id");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException(
                    "message has " + message.length() + " characters; at most " + MAX_MESSAGE_LENGTH + " are allowed");
        }
    }

    private static void requireId(String value, String name) {
        if (value != null && !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1 to 128 letters, digits or . _ : @ + -");
        }
    }
}
