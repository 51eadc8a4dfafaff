package ai.heyseven.adapter.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.model.GroundingVerdict;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.RouteDecision;
import ai.heyseven.ports.model.Shape;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineLanguageModelTest {
    private static final ZonedDateTime TUESDAY_EVENING = ZonedDateTime.of(2026, 11, 24, 19, 0, 0, 0, ZoneId.of("America/Los_Angeles"));
    private final OfflineLanguageModel model = new OfflineLanguageModel(message -> new RouteDecision(Intent.DINING, 0.8));
    private final List<KnowledgeItem> italian = PropertyFiles.bundled().items("aurora-palms").stream()
            .filter(item -> item.tags().contains("italian")).toList();

    private ModelRequest request(ModelRole role, List<KnowledgeItem> context, String draft) {
        return new ModelRequest(role, "", List.of(), "What Italian restaurants do you have and when do they close?",
                Intent.DINING, context, "", draft, TUESDAY_EVENING, Duration.ofSeconds(30), Map.of());
    }

    @Test
    void answersFromTheItemsWithTodaysHoursInThePropertysTimeZone() {
        String answer = model.complete(request(ModelRole.MAIN, italian, ""));
        assertTrue(answer.contains("Trattoria Lucia"), answer);
        assertTrue(answer.contains("Vesuvio Pizzeria"), answer);
        assertTrue(answer.contains("Today (Tuesday) it's open 5:00 PM to 10:00 PM"), answer);
    }

    @Test
    void streamsTheSameAnswerInPiecesAndStopsWhenAsked() {
        List<String> pieces = new ArrayList<>();
        model.stream(request(ModelRole.MAIN, italian, ""), pieces::add);
        assertEquals(model.complete(request(ModelRole.MAIN, italian, "")), String.join("", pieces));
        assertTrue(pieces.size() > 3);
        List<String> firstOnly = new ArrayList<>();
        model.stream(request(ModelRole.MAIN, italian, ""), piece -> firstOnly.add(piece) && false);
        assertEquals(1, firstOnly.size());
    }

    @Test
    void saysSoWhenNothingWasFound() {
        assertEquals(ExtractiveAnswer.NOTHING_FOUND, model.complete(request(ModelRole.MAIN, List.of(), "")));
    }

    @Test
    void validatesItsOwnAnswerAndRejectsAnInventedTime() {
        String answer = model.complete(request(ModelRole.MAIN, italian, ""));
        assertTrue(model.structured(request(ModelRole.VALIDATOR, italian, answer), Shape.GROUNDING).grounded());
        GroundingVerdict invented = model.structured(
                request(ModelRole.VALIDATOR, italian, "Trattoria Lucia closes at 3:15 AM."), Shape.GROUNDING);
        assertFalse(invented.grounded());
        assertTrue(invented.feedback().contains("3:15 AM"));
    }

    @Test
    void routesByKeywordsAndJudgesEveryMessageSafe() {
        RouteDecision decision = model.structured(request(ModelRole.ROUTER, List.of(), ""), Shape.ROUTE);
        assertEquals(Intent.DINING, decision.intent());
        assertFalse(decision.safety().unsafe(), "no semantic understanding: the deterministic guardrails decide");
    }
}
