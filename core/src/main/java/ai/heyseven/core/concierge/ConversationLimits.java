package ai.heyseven.core.concierge;

import ai.heyseven.ports.conversation.ChatMessage;
import java.util.List;

/** How long a conversation may grow, and how much of it a model sees. */
final class ConversationLimits {
    /** Messages one conversation may hold; then the host closes politely. */
    static final int MAX_MESSAGES = 40;
    /** Messages of history sent to a model with each call. */
    static final int MAX_HISTORY = 20;

    private ConversationLimits() {
    }

    /** Whether a turn fits: the guest's message and the reply must both be kept. */
    static boolean hasRoomForTurn(List<ChatMessage> messages) {
        return messages.size() + 2 <= MAX_MESSAGES;
    }

    /** The history a model sees: the last {@link #MAX_HISTORY} messages before the current question. */
    static List<ChatMessage> history(List<ChatMessage> messages) {
        int end = Math.max(0, messages.size() - 1);
        return messages.subList(Math.max(0, end - MAX_HISTORY), end);
    }
}
