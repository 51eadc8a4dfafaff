package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Direct answers about hours, for the day and time asked, in the guest's language. */
class HoursAnswerTest {
    private static final LocalDateTime TUESDAY_EVENING = LocalDateTime.of(2026, 11, 24, 18, 37);
    private static final KnowledgeItem SPA = item("Serenity Spa", Map.of("mon", "08:00-20:00", "tue", "08:00-20:00", "wed", "08:00-20:00"));
    private static final KnowledgeItem SUSHI = item("Kaze Sushi", Map.of("tue", "17:00-23:00", "wed", "17:00-23:00"));
    private static final KnowledgeItem STEAKHOUSE = item("Ember Steakhouse", Map.of("tue", "17:30-22:00", "thu", "17:30-22:00"));

    private static KnowledgeItem item(String name, Map<String, String> hours) {
        return new KnowledgeItem(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), "test-casino", Intent.DINING, name, "",
                "", WeeklyHours.parse(hours), "", List.of());
    }

    private static String answer(KnowledgeItem item, String question) {
        Asked asked = Asked.read(question, TUESDAY_EVENING);
        return HoursAnswer.of(item, asked.language().spoken(), asked, TUESDAY_EVENING, AnswerPhrases.in(asked.language()));
    }

    @Test
    void saysYesAndUntilWhenWhenOpenNow() {
        assertEquals("Yes, Serenity Spa is open now, until 8:00 PM.", answer(SPA, "Is the spa open right now?"));
    }

    @Test
    void saysNoAndWhenItOpensNextAtTheTimeAsked() {
        assertEquals("No, Kaze Sushi isn't open at 11:00 PM. It opens tomorrow (Wednesday) at 5:00 PM.",
                answer(SUSHI, "Is it open after 11?"));
    }

    @Test
    void answersForTheDayAskedInTheGuestsLanguage() {
        assertEquals("Mañana (miércoles), Serenity Spa abre de 8:00 a 20:00.", answer(SPA, "¿A qué hora abre el spa mañana?"));
        assertEquals("No. Tomorrow (Wednesday), Ember Steakhouse is closed. It opens on Thursday at 5:30 PM.",
                answer(STEAKHOUSE, "Is the steakhouse open tomorrow?"));
        assertEquals("是的，Serenity Spa现在营业，营业到20:00。", answer(SPA, "水疗中心现在开门吗？"));
    }
}
