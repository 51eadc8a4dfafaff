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

/** A model's answer that names an item unrelated to what was asked is sent back, whatever the model's own validator says. */
class RelevanceValidationTest {
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
    void anAnswerNamingAnUnrelatedItemIsRetriedWithFeedbackNamingIt() {
        model.answers.clear();
        model.answers.addAll(List.of("Trattoria Uno has pasta, and Sky Pool is lovely.", "Trattoria Uno has pasta."));
        TurnReply reply = ask("Any Italian food?");
        assertEquals(Validation.RETRIED, reply.validation());
        assertEquals("Trattoria Uno has pasta.", Fixtures.body(reply.reply()));
        assertTrue(model.requests.stream().anyMatch(r -> r.role() == ModelRole.MAIN && r.instructions().contains("Sky Pool")),
                "the retry is told which item to drop");
    }

    @Test
    void anAnswerThatKeepsNamingItFallsBack() {
        model.answers.clear();
        model.answers.addAll(List.of("Sky Pool and Trattoria Uno.", "Sky Pool and Trattoria Uno."));
        TurnReply reply = ask("Any Italian food?");
        assertEquals(Validation.FALLBACK, reply.validation());
        assertFalse(Fixtures.body(reply.reply()).contains("Sky Pool"), Fixtures.body(reply.reply()));
    }
}
