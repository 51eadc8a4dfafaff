package ai.heyseven.ports.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeItemTest {
    private static final KnowledgeItem BUFFET = new KnowledgeItem("buffet", "aurora-palms", Intent.DINING,
            "Desert Bloom Buffet", "Nine live-action stations.", "Casino Level", WeeklyHours.NONE, "$$", List.of("buffet"),
            Map.of(GuestLanguage.ES, new ItemTranslation("", "Nueve estaciones en vivo.", "Nivel del casino"),
                    GuestLanguage.ZH, new ItemTranslation("沙漠花自助餐", "九个现场烹饪台。", "")));

    @Test
    void givesEachFieldInTheGuestsLanguage() {
        assertEquals("Nueve estaciones en vivo.", BUFFET.description(GuestLanguage.ES));
        assertEquals("Nivel del casino", BUFFET.location(GuestLanguage.ES));
        assertEquals("沙漠花自助餐", BUFFET.name(GuestLanguage.ZH));
    }

    @Test
    void fallsBackToTheDefaultTextFieldByField() {
        assertEquals("Desert Bloom Buffet", BUFFET.name(GuestLanguage.ES), "no Spanish name: the default");
        assertEquals("Casino Level", BUFFET.location(GuestLanguage.ZH), "no Chinese location: the default");
        assertEquals("Nine live-action stations.", BUFFET.description(GuestLanguage.PT), "no Portuguese at all: the default");
        assertEquals("Nine live-action stations.", BUFFET.description(GuestLanguage.EN));
    }

    @Test
    void anItemWithoutALocationHasNoneInAnyLanguage() {
        KnowledgeItem noWhere = new KnowledgeItem("wifi", "aurora-palms", Intent.AMENITIES, "Guest Wi-Fi", "Free.", "",
                WeeklyHours.NONE, "", List.of(), Map.of(GuestLanguage.ES, new ItemTranslation("Wi-Fi", "Gratis.", "Vestíbulo")));

        assertEquals("", noWhere.location(GuestLanguage.ES));
    }

    @Test
    void refusesAnEmptyTranslation() {
        assertThrows(IllegalArgumentException.class, () -> new ItemTranslation(" ", "", ""));
    }

    @Test
    void readsLanguageCodesAndNamesAnUnknownOne() {
        assertEquals(GuestLanguage.PT, GuestLanguage.parse("PT"));
        var refused = assertThrows(IllegalArgumentException.class, () -> GuestLanguage.parse("fr"));
        assertEquals("'fr' is not a language Hey Seven speaks (en, es, pt, zh)", refused.getMessage());
    }
}
