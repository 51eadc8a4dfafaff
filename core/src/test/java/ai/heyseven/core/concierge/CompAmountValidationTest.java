package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.model.ModelRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model's answer promising a comp amount no comp policy allowed is sent back, then replaced, whatever its own validator says. */
class CompAmountValidationTest {
    private final ScriptedModel model = new ScriptedModel();
    private final Concierge concierge = Concierges.builder()
            .languageModel(model)
            .knowledge(Fixtures.knowledge())
            .checkpoints(new Fixtures.Checkpoints())
            .casinos(new Fixtures.Casinos())
            .complianceEvents(new Fixtures.Events())
            .clock(Clock.fixed(Instant.parse("2026-11-23T20:00:00Z"), ZoneOffset.UTC))
            .build();

    private TurnReply ask(String question) {
        return concierge.ask(new TurnRequest(Fixtures.CASINO.id(), question, null, null, "req"));
    }

    @Test
    void anAnswerNamingAnUnallowedCompAmountIsRetriedWithTheFeedback() {
        model.answers.clear();
        model.answers.addAll(List.of("Trattoria Uno has pasta, and I can add a $150 dining credit for you.", "Trattoria Uno has pasta."));
        TurnReply reply = ask("Any Italian food?");

        assertEquals(Validation.RETRIED, reply.validation());
        assertEquals("Trattoria Uno has pasta.", Fixtures.body(reply.reply()));
        assertTrue(model.requests.stream().anyMatch(r -> r.role() == ModelRole.MAIN && r.instructions().contains("comp amount")),
                "the retry is told not to name a comp amount");
    }

    @Test
    void anAnswerThatKeepsPromisingItFallsBack() {
        model.answers.clear();
        model.answers.addAll(List.of("Enjoy a $150 dining credit at Trattoria Uno.", "Enjoy a $150 dining credit at Trattoria Uno."));
        TurnReply reply = ask("Any Italian food?");

        assertEquals(Validation.FALLBACK, reply.validation());
        assertFalse(reply.reply().contains("$150"), reply.reply());
    }
}
