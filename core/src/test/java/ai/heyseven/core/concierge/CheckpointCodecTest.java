package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.ATTEMPTS;
import static ai.heyseven.core.concierge.ConciergeState.DRAFT;
import static ai.heyseven.core.concierge.ConciergeState.FEEDBACK;
import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL;
import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.PLAN;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;
import static ai.heyseven.core.concierge.ConciergeState.RETRY;
import static ai.heyseven.core.concierge.ConciergeState.STREAMED;
import static ai.heyseven.core.concierge.ConciergeState.TURN;
import static ai.heyseven.core.concierge.ConciergeState.VALIDATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.conversation.Checkpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointCodecTest {
    private final CheckpointCodec codec = new CheckpointCodec(new KnowledgeIndex(Fixtures.knowledge(), 4));

    @Test
    void aMidTurnStateSurvivesTheRoundTripSoAnyInstanceCanResumeIt() {
        GraphState state = ConciergeState.SCHEMA.initialState().merge(Update.of(MESSAGES, List.of(ChatMessage.guest("Italian?")))
                .and(TURN, 3).and(QUESTION, "Italian?").and(INTENT, Intent.DINING).and(GUARDRAIL, GuardrailLayer.INJECTION)
                .and(RETRIEVED, List.of(Fixtures.TRATTORIA)).and(PLAN, "How many?").and(DRAFT, "Trattoria Uno.")
                .and(STREAMED, true).and(ATTEMPTS, 1).and(FEEDBACK, "name the hours").and(RETRY, true)
                .and(VALIDATION, Validation.DEGRADED).and(ConciergeState.GAMBLING_SIGNALS, 1)
                .and(ConciergeState.NO_PROMOTIONS, true).and(ConciergeState.MINOR, true)
                .and(ConciergeState.LANGUAGE, ai.heyseven.ports.concierge.GuestLanguage.PT)
                .and(ConciergeState.SIDE_EFFECTS, java.util.Map.of("host_callback{topic=dinner}", "call-back #1 booked")));
        Checkpoint checkpoint = codec.encode("t1", Fixtures.CASINO.id(), "guest-1", state, 5, "specialist");
        GraphState back = codec.decode(checkpoint);
        for (var key : ConciergeState.SCHEMA.keys()) {
            assertEquals(state.get(key), back.get(key), key.name());
        }
        assertEquals("specialist", checkpoint.nextNode());
        assertEquals(3, checkpoint.turn());
    }

    @Test
    void aStoredSignalCountIsReadBackWithinItsBound() {
        GraphState state = ConciergeState.SCHEMA.initialState();
        Checkpoint written = codec.encode("t1", Fixtures.CASINO.id(), null, state, 1, "router");
        java.util.Map<String, String> values = new java.util.HashMap<>(written.values());
        values.put(ConciergeState.GAMBLING_SIGNALS.name(), "1000000");
        Checkpoint tampered = new Checkpoint(written.threadId(), written.casinoId(), written.guestId(), written.turn(), written.step(),
                written.nextNode(), written.messages(), values);
        assertEquals(ConciergeState.MAX_GAMBLING_SIGNALS, codec.decode(tampered).get(ConciergeState.GAMBLING_SIGNALS));
    }

    @Test
    void aStoredLanguageItDoesNotSpeakIsReadBackAsEnglish() {
        Checkpoint written = codec.encode("t1", Fixtures.CASINO.id(), null, ConciergeState.SCHEMA.initialState(), 1, "router");
        java.util.Map<String, String> values = new java.util.HashMap<>(written.values());
        values.put(ConciergeState.LANGUAGE.name(), "klingon");
        Checkpoint odd = new Checkpoint(written.threadId(), written.casinoId(), written.guestId(), written.turn(), written.step(),
                written.nextNode(), written.messages(), values);
        assertEquals(ai.heyseven.ports.concierge.GuestLanguage.EN, codec.decode(odd).get(ConciergeState.LANGUAGE));
    }

    @Test
    void theGuestsToneAndWhyTheTurnIsHandedOffSurviveTheRoundTrip() {
        GraphState state = ConciergeState.SCHEMA.initialState().merge(Update.of(ConciergeState.TONE, ai.heyseven.ports.concierge.Tone.SARCASTIC)
                .and(ConciergeState.HAND_OFF, HostHandOff.Reason.FRUSTRATED));
        GraphState back = codec.decode(codec.encode("t1", Fixtures.CASINO.id(), null, state, 1, "escalation"));

        assertEquals(ai.heyseven.ports.concierge.Tone.SARCASTIC, back.get(ConciergeState.TONE));
        assertEquals(HostHandOff.Reason.FRUSTRATED, back.get(ConciergeState.HAND_OFF));
        assertEquals(ai.heyseven.ports.concierge.Tone.NEUTRAL,
                codec.decode(codec.encode("t2", Fixtures.CASINO.id(), null, ConciergeState.SCHEMA.initialState(), 1, "router"))
                        .get(ConciergeState.TONE), "a neutral guest stores nothing and reads back neutral");
    }
}
