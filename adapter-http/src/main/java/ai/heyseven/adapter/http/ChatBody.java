package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.TurnRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Reads and checks the body of {@code POST /v1/chat}, naming the field that is wrong. */
final class ChatBody {
    private static final Set<String> FIELDS = Set.of("casino_id", "message", "thread_id", "guest_id");

    private ChatBody() {
    }

    static TurnRequest parse(byte[] body, String requestId) {
        JsonNode root = Bodies.object(body);
        Bodies.onlyFields(root, FIELDS, "");
        String casinoId = Bodies.text(root, "casino_id", true);
        String message = Bodies.text(root, "message", true);
        if (message.isBlank()) {
            throw HttpProblem.badRequest("'message' must not be blank");
        }
        if (message.length() > TurnRequest.MAX_MESSAGE_LENGTH) {
            throw HttpProblem.badRequest("'message' has " + message.length() + " characters; at most "
                    + TurnRequest.MAX_MESSAGE_LENGTH + " are allowed");
        }
        try {
            return new TurnRequest(casinoId, message, Bodies.text(root, "thread_id", false), Bodies.text(root, "guest_id", false),
                    requestId);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }
}
