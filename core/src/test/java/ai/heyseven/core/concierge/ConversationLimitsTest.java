package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.conversation.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationLimitsTest {
    private static List<ChatMessage> conversation(int exchanges, int charsPerMessage) {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < exchanges; i++) {
            messages.add(ChatMessage.guest("q" + i + " " + "x".repeat(charsPerMessage)));
            messages.add(ChatMessage.agent("a" + i + " " + "y".repeat(charsPerMessage)));
        }
        messages.add(ChatMessage.guest("the current question"));
        return messages;
    }

    @Test
    void keepsTheNewestWithinTheMessageCapLeavingOutTheCurrentQuestion() {
        List<ChatMessage> history = ConversationLimits.history(conversation(15, 10));
        assertEquals(ConversationLimits.MAX_HISTORY, history.size());
        assertTrue(history.get(history.size() - 1).text().startsWith("a14"));
        assertEquals(ChatMessage.Author.GUEST, history.get(0).author());
    }

    @Test
    void keepsWithinTheTokenBudgetAndStartsAtAGuestMessage() {
        List<ChatMessage> history = ConversationLimits.history(conversation(10, 400), 20, 500);
        int tokens = history.stream().mapToInt(ConversationLimits::estimate).sum();
        assertTrue(tokens <= 500, tokens + " tokens");
        assertEquals(ChatMessage.Author.GUEST, history.get(0).author(), "an answer never arrives without its question");
        assertTrue(history.get(history.size() - 1).text().startsWith("a9"));
    }

    @Test
    void aSingleExchangeOverTheBudgetSendsNoHistoryRatherThanHalfAnExchange() {
        assertEquals(List.of(), ConversationLimits.history(conversation(1, 4_000), 20, 100));
    }

    @Test
    void countsChineseCharactersAsATokenEach() {
        assertEquals(4 + 10, ConversationLimits.estimate(ChatMessage.guest("寿司寿司寿司寿司寿司")));
        assertEquals(4 + 4, ConversationLimits.estimate(ChatMessage.guest("sushi tonight")), "13 characters, rounded up");
    }
}
