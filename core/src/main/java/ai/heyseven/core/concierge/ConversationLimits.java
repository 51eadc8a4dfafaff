package ai.heyseven.core.concierge;

import ai.heyseven.ports.conversation.ChatMessage;
import java.util.List;

/**
 * How long a conversation may grow, and how much of it a model sees: the newest messages within a
 * message cap and a token budget, cut only at the start of a guest's message, so an answer (and,
 * once tools exist, a tool call and its result) is never sent without what it answers. The
 * instructions are not part of the history and always go.
 */
final class ConversationLimits {
    /** Messages one conversation may hold; then the host closes politely. */
    static final int MAX_MESSAGES = 40;
    /** Messages of history sent to a model with each call. */
    static final int MAX_HISTORY = 20;
    /** Estimated tokens of history sent to a model with each call. */
    static final int HISTORY_TOKEN_BUDGET = 3_000;
    /** Per-message overhead of the chat format, in tokens. */
    private static final int MESSAGE_OVERHEAD = 4;
    /** Characters per token, a safe estimate for English and Spanish (more tokens per character for CJK are counted below). */
    private static final int CHARS_PER_TOKEN = 4;

    private ConversationLimits() {
    }

    /** Whether a turn fits: the guest's message and the reply must both be kept. */
    static boolean hasRoomForTurn(List<ChatMessage> messages) {
        return messages.size() + 2 <= MAX_MESSAGES;
    }

    /** The history a model sees before the current question, within {@link #MAX_HISTORY} messages and {@link #HISTORY_TOKEN_BUDGET}. */
    static List<ChatMessage> history(List<ChatMessage> messages) {
        return history(messages, MAX_HISTORY, HISTORY_TOKEN_BUDGET);
    }

    static List<ChatMessage> history(List<ChatMessage> messages, int maxMessages, int tokenBudget) {
        int end = Math.max(0, messages.size() - 1);
        int start = end;
        int tokens = 0;
        for (int i = end - 1; i >= 0 && end - i <= maxMessages; i--) {
            tokens += estimate(messages.get(i));
            if (tokens > tokenBudget) {
                break;
            }
            if (messages.get(i).author() == ChatMessage.Author.GUEST) {
                start = i;
            }
        }
        return messages.subList(start, end);
    }

    /** Estimated tokens of one message: characters / 4, but a CJK character counts as one token. */
    static int estimate(ChatMessage message) {
        String text = message.text();
        int wide = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isIdeographic(text.charAt(i))) {
                wide++;
            }
        }
        return MESSAGE_OVERHEAD + wide + (text.length() - wide + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }
}
