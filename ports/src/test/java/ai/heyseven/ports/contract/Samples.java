package ai.heyseven.ports.contract;

import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.conversation.Checkpoint;
import java.util.List;
import java.util.Map;

/** Sample values for adapter tests, with the characters a serialiser tends to get wrong. */
public final class Samples {
    private Samples() {
    }

    /** A checkpoint with non-ASCII text, quotes and line breaks. */
    public static Checkpoint checkpoint(String threadId, int turn, int step, String nextNode) {
        return checkpoint(threadId, "guest-1", turn, step, nextNode);
    }

    public static Checkpoint checkpoint(String threadId, String guestId, int turn, int step, String nextNode) {
        return new Checkpoint(threadId, "aurora-palms", guestId, turn, step, nextNode,
                List.of(ChatMessage.guest("Any sushi après le show? 寿司"), ChatMessage.agent("Kaze Sushi, until 11:00 PM.")),
                Map.of("intent", "DINING", "draft", "line one\nline \"two\""));
    }
}
