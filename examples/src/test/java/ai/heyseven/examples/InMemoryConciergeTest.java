package ai.heyseven.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.core.concierge.Agent;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import org.junit.jupiter.api.Test;

/** The README's embedding example answers from the property's knowledge and keeps the conversation. */
class InMemoryConciergeTest {

    @Test
    void answersFromThePropertyAndContinuesTheConversation() {
        try (Agent agent = InMemoryConcierge.agent()) {
            TurnReply first = agent.concierge().ask(new TurnRequest("aurora-palms", "What Italian restaurants do you have?", null, null,
                    "example-1"));
            assertTrue(first.reply().contains("Trattoria Lucia"), first.reply());
            TurnReply next = agent.concierge().ask(new TurnRequest("aurora-palms", "Where is the spa?", first.threadId(), null,
                    "example-2"));
            assertEquals(first.threadId(), next.threadId());
            assertEquals(2, next.turn());
        }
    }
}
