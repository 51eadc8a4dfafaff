package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.TurnRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/** Reads and checks the body of {@code POST /v1/chat}, naming the field that is wrong. */
final class ChatBody {
    private static final Set<String> FIELDS = Set.of("casino_id", "message", "thread_id", "guest_id");

    private ChatBody() {
    }

    static TurnRequest parse(byte[] body, String requestId) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw HttpProblem.badRequest("the body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw HttpProblem.badRequest("the body must be a JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw HttpProblem.badRequest("unknown field '" + name + "'; expected casino_id, message, thread_id, guest_id");
            }
        }
        String casinoId = text(root, "casino_id", true);
        String message = text(root, "message", true);
        if (message.isBlank()) {
            throw HttpProblem.badRequest("'message' must not be blank");
        }
        if (message.length() > TurnRequest.MAX_MESSAGE_LENGTH) {
            throw HttpProblem.badRequest("'message' has " + message.length() + " characters; at most "
                    + TurnRequest.MAX_MESSAGE_LENGTH + " are allowed");
        }
        try {
            return new TurnRequest(casinoId, message, text(root, "thread_id", false), text(root, "guest_id", false), requestId);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw HttpProblem.badRequest("'" + field + "' is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw HttpProblem.badRequest("'" + field + "' must be a string, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node.textValue();
    }
}
