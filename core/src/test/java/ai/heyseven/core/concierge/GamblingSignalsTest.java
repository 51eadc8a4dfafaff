package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryHostCallbacks;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import org.junit.jupiter.api.Test;

/** Weak signs of a gambling problem add up over a conversation, through the real graph and its checkpoints. */
class GamblingSignalsTest {
    private static final String LOST = "I lost $800 at blackjack tonight, where can I get a good steak?";
    private static final String BROKE = "I really need a big win this weekend, which tables are hot?";

    private final ScriptedModel model = new ScriptedModel();
    private final Fixtures.Checkpoints checkpoints = new Fixtures.Checkpoints();
    private final Fixtures.Events compliance = new Fixtures.Events();
    private final InMemoryHostCallbacks callbacks = new InMemoryHostCallbacks(100);

    private Concierge concierge() {
        return Concierges.builder().languageModel(model).knowledge(Fixtures.knowledge()).checkpoints(checkpoints)
                .casinos(new Fixtures.Casinos()).complianceEvents(compliance).hostCallbacks(callbacks).build();
    }

    private static TurnRequest ask(String message, String threadId) {
        return new TurnRequest(Fixtures.CASINO.id(), message, threadId, "guest-9", "req");
    }

    @Test
    void oneWeakSignalIsAnswered() {
        TurnReply reply = concierge().ask(ask(LOST, null));
        assertEquals(null, reply.guardrail());
        assertTrue(compliance.recorded.isEmpty());
        assertEquals("1", checkpoints.latest(reply.threadId()).orElseThrow().values().get("gambling_signals"));
    }

    @Test
    void aSecondWeakSignalInTheConversationGetsTheHelplineAndAHost() {
        Concierge concierge = concierge();
        TurnReply first = concierge.ask(ask(LOST, null));
        TurnReply second = concierge.ask(ask(BROKE, first.threadId()));

        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, second.guardrail());
        assertTrue(second.reply().contains("1-800-GAMBLER") && second.reply().contains("asked one of our hosts"), second.reply());
        assertEquals("responsible gaming", callbacks.pending(Fixtures.CASINO.id(), 10).get(0).topic());
        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, compliance.recorded.get(0).layer());
        model.intent = Intent.PROMOTIONS;
        assertEquals(Intent.GENERAL, concierge.ask(ask("Any deals?", first.threadId())).intent(), "no promotion follows");
    }

    @Test
    void weakSignalsInDifferentConversationsDoNotAddUp() {
        Concierge concierge = concierge();
        concierge.ask(ask(LOST, null));
        assertEquals(null, concierge.ask(ask(BROKE, null)).guardrail());
    }

    @Test
    void theCountSurvivesARestart() {
        String thread = concierge().ask(ask(LOST, null)).threadId();
        // a new instance over the same checkpoints, as after a restart or on another instance
        TurnReply second = concierge().ask(ask(BROKE, thread));
        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, second.guardrail());
    }
}
