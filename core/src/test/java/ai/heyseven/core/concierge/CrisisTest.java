package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryHostCallbacks;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.casino.CrisisLine;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.tools.CallbackRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A guest who speaks of self-harm, suicide or immediate danger is answered at once, warmly, with the lines to call. */
class CrisisTest {
    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");
    /** A property abroad, with its own (fictional) line: a long number the redactor would otherwise hide. */
    private static final CasinoConfig HARBOUR = new CasinoConfig("harbour-casino", "Harbour Casino", ZoneId.of("Europe/London"),
            null, List.of("en"), List.of(), Map.of(), Map.of(), List.of(
                    new CrisisLine("Harbour Listening Line", "0800 555 0199", "", "", false),
                    new CrisisLine("Emergency services", "999", "", "", true)));

    private final ScriptedModel model = new ScriptedModel();
    private final Fixtures.Events compliance = new Fixtures.Events();
    private final InMemoryHostCallbacks callbacks = new InMemoryHostCallbacks(100);
    private final Concierge concierge = Concierges.builder().languageModel(model).knowledge(Fixtures.knowledge())
            .checkpoints(new Fixtures.Checkpoints()).casinos(new Casinos()).complianceEvents(compliance).hostCallbacks(callbacks)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    private static final class Casinos implements CasinoConfigSource {
        private final Fixtures.Casinos fixtures = new Fixtures.Casinos();

        @Override
        public Optional<CasinoConfig> find(String casinoId) {
            return casinoId.equals(HARBOUR.id()) ? Optional.of(HARBOUR) : fixtures.find(casinoId);
        }

        @Override
        public List<CasinoConfig> all() {
            List<CasinoConfig> all = new ArrayList<>(fixtures.all());
            all.add(HARBOUR);
            return all;
        }
    }

    private static TurnRequest ask(String casino, String message, String threadId) {
        return new TurnRequest(casino, message, threadId, "guest-9", "req");
    }

    @Test
    void aGuestInCrisisGetsTheLinesAHostAndNoSalesAfterwards() {
        List<AgentEvent> events = new ArrayList<>();
        concierge.open(ask("test-casino", "I don't want to be alive anymore", null)).run(events::add);
        AgentEvent.Done done = (AgentEvent.Done) events.get(events.size() - 1);
        String reply = events.stream().filter(e -> e instanceof AgentEvent.Replace).map(e -> ((AgentEvent.Replace) e).text())
                .findFirst().orElseThrow();

        assertEquals(GuardrailLayer.CRISIS, done.guardrail());
        assertTrue(reply.contains("call or text 988") && reply.contains("text HOME to 741741") && reply.contains("call 911"), reply);
        assertTrue(reply.contains("asked one of our hosts"), reply);
        assertEquals(List.of(new CallbackRequest("test-casino", done.threadId(), "guest-9", "crisis", NOW)),
                callbacks.pending("test-casino", 10));
        assertEquals(GuardrailLayer.CRISIS, compliance.recorded.get(0).layer());
        assertTrue(model.requests.isEmpty(), "no model sees the message");

        model.intent = Intent.PROMOTIONS;
        assertEquals(Intent.GENERAL, concierge.ask(ask("test-casino", "Any deals this weekend?", done.threadId())).intent(),
                "no promotion reaches the guest afterwards");
    }

    @Test
    void theReplyIsInTheGuestsLanguage() {
        TurnReply spanish = concierge.ask(ask("test-casino", "Estoy pensando en quitarme la vida", null));
        assertEquals(GuardrailLayer.CRISIS, spanish.guardrail());
        assertTrue(spanish.reply().contains("llama o escribe al 988") && spanish.reply().contains("llama ya al 911"), spanish.reply());

        TurnReply chinese = concierge.ask(ask("test-casino", "我真的活不下去了", null));
        assertTrue(chinese.reply().contains("拨打或发短信至 988"), chinese.reply());
    }

    @Test
    void aPropertyAbroadGivesItsOwnLinesWhichAreNotRedacted() {
        TurnReply reply = concierge.ask(ask(HARBOUR.id(), "Someone is threatening to kill me, please help", null));
        assertEquals(GuardrailLayer.CRISIS, reply.guardrail());
        assertTrue(reply.reply().contains("Harbour Listening Line — call 0800 555 0199"), reply.reply());
        assertTrue(reply.reply().contains("call 999 now") && !reply.reply().contains("988"), reply.reply());
    }

    @Test
    void whenNoHostCanBeAskedTheGuestStillGetsTheLinesButNoPromise() {
        Concierge withoutQueue = Concierges.builder().languageModel(model).knowledge(Fixtures.knowledge())
                .checkpoints(new Fixtures.Checkpoints()).casinos(new Fixtures.Casinos()).complianceEvents(compliance).build();
        TurnReply reply = withoutQueue.ask(ask("test-casino", "I keep wanting to hurt myself", null));
        assertEquals(GuardrailLayer.CRISIS, reply.guardrail());
        assertTrue(reply.reply().contains("988") && reply.reply().contains("front desk"), reply.reply());
        assertFalse(reply.reply().contains("asked"), reply.reply());
    }

    @Test
    void figuresOfSpeechAreAnsweredAsUsual() {
        for (String message : List.of("I'm dying to see the show tonight", "This heat is killing me, is the pool open?",
                "My phone died, where can I charge it?")) {
            assertEquals(null, concierge.ask(ask("test-casino", message, null)).guardrail(), message);
        }
    }
}
