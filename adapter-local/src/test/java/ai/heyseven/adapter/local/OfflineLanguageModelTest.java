package ai.heyseven.adapter.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.GuestLanguage;
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

    private static final ZonedDateTime THURSDAY_NOON = ZonedDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneId.of("America/Los_Angeles"));
    private final List<KnowledgeItem> buffet = PropertyFiles.bundled().items("aurora-palms").stream()
            .filter(item -> item.id().equals("desert-bloom-buffet")).toList();

    private ModelRequest asked(GuestLanguage language, String question, List<KnowledgeItem> context, String plan, String draft) {
        return new ModelRequest(draft.isEmpty() ? ModelRole.MAIN : ModelRole.VALIDATOR, "", List.of(), question, Intent.DINING,
                context, plan, draft, THURSDAY_NOON, Duration.ofSeconds(30), Map.of(), language);
    }

    @Test
    void answersInSpanishFromTheSpanishTranslationWithTomorrowsHours() {
        String answer = model.complete(asked(GuestLanguage.ES, "¿A qué hora abre el buffet mañana?", buffet, "", ""));

        assertTrue(answer.startsWith("Esto es lo que encontré para usted:"), answer);
        assertTrue(answer.contains("Bufé Desert Bloom (Nivel del casino, ala oeste, $$): Nueve estaciones"), answer);
        assertTrue(answer.contains("Mañana (viernes) abre de 7:00 a 22:00."), "Friday's hours, not Thursday's: " + answer);
        assertFalse(answer.contains("Today") || answer.contains("open"), answer);
    }

    @Test
    void readsLaMananaAsTheMorningAndAnswersForToday() {
        String answer = model.complete(asked(GuestLanguage.ES, "¿Abre el buffet por la mañana?", buffet, "", ""));

        assertTrue(answer.contains("Hoy (jueves) abre de 7:00 a 21:00."), answer);
    }

    @Test
    void answersInPortugueseAndChineseWithTheirOwnWordsForHours() {
        String portuguese = model.complete(asked(GuestLanguage.PT, "Que horas abre o bufê amanhã?", buffet, "", ""));
        String chinese = model.complete(asked(GuestLanguage.ZH, "自助餐今天几点开门？", buffet, "", ""));

        assertTrue(portuguese.contains("Amanhã (sexta-feira) abre das 7:00 às 22:00."), portuguese);
        assertTrue(portuguese.contains("Bufê Desert Bloom"), portuguese);
        assertTrue(chinese.startsWith("为您找到以下信息："), chinese);
        assertTrue(chinese.contains("沙漠之花自助餐厅（娱乐场楼层西翼，$$）：九个现场烹饪台"), chinese);
        assertTrue(chinese.contains("今天（星期四）营业时间为7:00至21:00。"), chinese);
    }

    @Test
    void saysNothingWasFoundAndAsksItsFollowUpInTheGuestsLanguage() {
        assertTrue(model.complete(asked(GuestLanguage.ES, "¿Aceptan perros?", List.of(), "", "")).startsWith("Lo siento"));
        var plan = model.structured(asked(GuestLanguage.PT, "Vocês têm restaurante italiano?", italian, "", ""), Shape.WHISPER);
        assertEquals("Quantas pessoas vão comer, e há algo que vocês não comem?", plan.nextQuestion());
    }

    @Test
    void validatesItsOwnAnswerInEveryLanguageAndStillCatchesAnInventedTime() {
        for (GuestLanguage language : GuestLanguage.values()) {
            String answer = model.complete(asked(language, "¿Y mañana?", italian, "", ""));
            GroundingVerdict verdict = model.structured(asked(language, "¿Y mañana?", italian, "", answer), Shape.GROUNDING);
            assertTrue(verdict.grounded(), language + ": " + verdict.feedback() + "\n" + answer);
        }
        GroundingVerdict invented = model.structured(
                asked(GuestLanguage.ES, "¿Cuándo cierra?", italian, "", "Trattoria Lucia cierra a las 3:15."), Shape.GROUNDING);
        assertFalse(invented.grounded());
    }

    @Test
    void saysAPlaceClosingAtMidnightClosesAtMidnightNotPastIt() {
        List<KnowledgeItem> pizzeria = italian.stream().filter(item -> item.id().equals("vesuvio-pizzeria")).toList();

        assertTrue(model.complete(asked(GuestLanguage.EN, "When does it close?", pizzeria, "", ""))
                .contains("Today (Thursday) it's open 11:00 AM to midnight."));
        assertTrue(model.complete(asked(GuestLanguage.ES, "¿Cuándo cierra?", pizzeria, "", ""))
                .contains("Hoy (jueves) abre de 11:00 a 24:00."));
    }

    @Test
    void routesByKeywordsAndJudgesEveryMessageSafe() {
        RouteDecision decision = model.structured(request(ModelRole.ROUTER, List.of(), ""), Shape.ROUTE);
        assertEquals(Intent.DINING, decision.intent());
        assertFalse(decision.safety().unsafe(), "no semantic understanding: the deterministic guardrails decide");
    }
}
