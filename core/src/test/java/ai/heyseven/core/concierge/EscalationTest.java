package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryHostCallbacks;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.tools.CallbackRequest;
import ai.heyseven.ports.tools.HostCallbacks;
import ai.heyseven.ports.tools.HostCallbacksException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A promise of a person is made only once it is recorded where hosts look; otherwise the guest hears the truth. */
class EscalationTest {
    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");
    private static final String DISTRESS = "I lost my rent money at the tables and can't stop gambling";

    private final ScriptedModel model = new ScriptedModel();
    private final Fixtures.Events compliance = new Fixtures.Events();
    private final InMemoryHostCallbacks callbacks = new InMemoryHostCallbacks(100);

    private Concierge concierge(HostCallbacks hostCallbacks) {
        return Concierges.builder().languageModel(model).knowledge(Fixtures.knowledge()).checkpoints(new Fixtures.Checkpoints())
                .casinos(new Fixtures.Casinos()).complianceEvents(compliance).hostCallbacks(hostCallbacks)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static TurnRequest ask(String casino, String message) {
        return new TurnRequest(casino, message, null, "guest-9", "req");
    }

    /** A queue that cannot be written, as Firestore past its deadline looks to the core. */
    private static final class Unreachable implements HostCallbacks {
        @Override
        public String request(CallbackRequest request) {
            throw unreachable();
        }

        @Override
        public int eraseGuest(String casinoId, String guestId) {
            throw unreachable();
        }

        @Override
        public List<CallbackRequest> pending(String casinoId, int limit) {
            throw unreachable();
        }

        private static HostCallbacksException unreachable() {
            return new HostCallbacksException("the call-back store took longer than 3000 ms", null);
        }
    }

    @Test
    void aRequestForAPersonIsRecordedWithCasinoThreadGuestAndTopic() {
        TurnReply reply = concierge(callbacks).ask(ask("test-casino", "Can I talk to a real person please?"));

        assertTrue(reply.reply().contains("I've asked a host"), reply.reply());
        assertEquals(List.of(new CallbackRequest("test-casino", reply.threadId(), "guest-9", "asked for a person", NOW)),
                callbacks.pending("test-casino", 10));
        assertTrue(model.requests.isEmpty(), "no model is needed to hand a guest over");
    }

    @Test
    void aGuestInDistressIsRecordedForAHostUnderTheReasonNeverTheirWords() {
        TurnReply reply = concierge(callbacks).ask(ask("cautious-casino", DISTRESS));

        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, reply.guardrail());
        assertTrue(reply.reply().contains("1-800-522-4700") && reply.reply().contains("asked one of our hosts"), reply.reply());
        assertEquals(List.of(new CallbackRequest("cautious-casino", reply.threadId(), "guest-9", "responsible gaming", NOW)),
                callbacks.pending("cautious-casino", 10));
    }

    @Test
    void whenTheRequestCannotBeRecordedTheGuestIsNotToldAHostWasAsked() {
        TurnReply reply = concierge(new Unreachable()).ask(ask("test-casino", "Can I talk to a real person please?"));

        assertFalse(reply.reply().contains("asked"), reply.reply());
        assertTrue(reply.reply().contains("front desk at Test Casino"), reply.reply());
    }

    @Test
    void aGuestInDistressWhoseRequestCannotBeRecordedStillGetsTheHelplineButNoPromise() {
        TurnReply reply = concierge(new Unreachable()).ask(ask("cautious-casino", DISTRESS));

        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, reply.guardrail());
        assertTrue(reply.reply().contains("1-800-522-4700") && reply.reply().contains("front desk"), reply.reply());
        assertFalse(reply.reply().contains("asked"), reply.reply());
        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, compliance.recorded.get(0).layer(), "the compliance event is still recorded");
    }

    @Test
    void inSpanishTooNoHostIsPromisedWhenNoneWasAsked() {
        TurnReply reply = concierge(new Unreachable()).ask(ask("cautious-casino", "Perdí todo mi dinero y no puedo dejar de apostar"));

        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, reply.guardrail());
        assertTrue(reply.reply().contains("1-800-522-4700") && reply.reply().contains("recepción"), reply.reply());
        assertFalse(reply.reply().contains("le pedí"), reply.reply());
    }

    @Test
    void withoutAQueueToRecordInNoHostIsPromised() {
        Concierge withoutQueue = Concierges.builder().languageModel(model).knowledge(Fixtures.knowledge())
                .checkpoints(new Fixtures.Checkpoints()).casinos(new Fixtures.Casinos()).complianceEvents(compliance).build();

        TurnReply reply = withoutQueue.ask(ask("test-casino", "Can I talk to a real person please?"));

        assertFalse(reply.reply().contains("asked"), reply.reply());
        assertTrue(reply.reply().contains("front desk at Test Casino"), reply.reply());
    }
}
