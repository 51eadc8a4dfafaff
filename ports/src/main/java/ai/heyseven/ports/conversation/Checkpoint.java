package ai.heyseven.ports.conversation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of a conversation after one step of the agent graph.
 *
 * @param threadId the conversation
 * @param casinoId the casino that started it (a thread never moves to another casino)
 * @param guestId the guest that started it, or {@code null} when anonymous
 * @param turn the turn this step belongs to, from 1
 * @param step the step within the turn, from 1
 * @param nextNode the node to run next, or {@code null} when the turn completed
 * @param messages the conversation's messages, oldest first
 * @param values the graph's other fields, encoded as text by the graph's codec
 */
public record Checkpoint(
        String threadId,
        String casinoId,
        String guestId,
        int turn,
        int step,
        String nextNode,
        List<ChatMessage> messages,
        Map<String, String> values) {

    public Checkpoint {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(casinoId, "casinoId");
        messages = List.copyOf(messages);
        values = Map.copyOf(values);
        if (turn < 0 || step < 0) {
            throw new IllegalArgumentException("turn and step must not be negative: " + turn + "/" + step);
        }
    }

    /** Whether the turn this checkpoint belongs to ran to its end. */
    public boolean turnComplete() {
        return nextNode == null;
    }
}
