package ai.heyseven.core.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.ports.concierge.GuestLanguage;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void readsTheLanguageOfEachOfTheFour() {
        assertEquals(GuestLanguage.ES, Language.spokenIn("Hola, ¿hay algún restaurante de mariscos? Somos cuatro.", GuestLanguage.EN));
        assertEquals(GuestLanguage.ES, Language.spokenIn("¿A qué hora abre el buffet mañana?", GuestLanguage.EN));
        assertEquals(GuestLanguage.PT, Language.spokenIn("Olá, vocês têm restaurante de frutos do mar?", GuestLanguage.EN));
        assertEquals(GuestLanguage.PT, Language.spokenIn("Que horas abre o buffet amanhã?", GuestLanguage.ES));
        assertEquals(GuestLanguage.ZH, Language.spokenIn("自助餐几点开门？", GuestLanguage.EN));
        assertEquals(GuestLanguage.EN, Language.spokenIn("Is the spa open right now?", GuestLanguage.ES));
    }

    @Test
    void keepsTheConversationsLanguageForAMessageThatShowsNone() {
        assertEquals(GuestLanguage.ES, Language.spokenIn("ok", GuestLanguage.ES));
        assertEquals(GuestLanguage.PT, Language.spokenIn("Trattoria Lucia?", GuestLanguage.PT));
        assertEquals(GuestLanguage.ZH, Language.spokenIn("👍 9pm", GuestLanguage.ZH));
        assertEquals(GuestLanguage.ES, Language.spokenIn("¿y mañana?", GuestLanguage.EN), "the inverted mark says Spanish");
    }

    @Test
    void aSpanishMessageThatBorrowsAnEnglishWordStaysSpanish() {
        assertEquals(GuestLanguage.ES, Language.spokenIn("¿el buffet está open?", GuestLanguage.EN));
    }

    @Test
    void mapsToThePortsLanguageAndBack() {
        for (Language language : Language.values()) {
            assertEquals(language, Language.of(language.spoken()));
        }
    }
}
