package ai.heyseven.core.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.core.guardrails.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SmsRulesTest {
    private static final ZoneId LAS_VEGAS = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STOP|OPT_OUT|EN", "stop.|OPT_OUT|EN", "Stop texting me please|OPT_OUT|EN", "please unsubscribe|OPT_OUT|EN",
        "STOPALL|OPT_OUT|EN", "opt out|OPT_OUT|EN", "Cancel|OPT_OUT|EN", "QUIT!|OPT_OUT|EN",
        "Baja|OPT_OUT|ES", "ALTO|OPT_OUT|ES", "parar por favor|OPT_OUT|ES", "Pare|OPT_OUT|PT", "SAIR|OPT_OUT|PT", "退订|OPT_OUT|ZH",
        "HELP|HELP|EN", "info|HELP|EN", "Ayuda|HELP|ES", "ajuda|HELP|PT", "帮助|HELP|ZH",
        "START|OPT_IN|EN", "unstop|OPT_IN|EN", "Yes|OPT_IN|EN", "Sí|OPT_IN|ES", "sim|OPT_IN|PT", "开始|OPT_IN|ZH"})
    void readsTheKeywordsInFourLanguages(String text, SmsKeyword.Kind kind, Language language) {
        assertEquals(Optional.of(new SmsKeyword(kind, language)), SmsKeyword.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"when does the show stop?", "Can you cancel my dinner reservation", "yes, a table for two at 8",
        "I need help finding the buffet", "the end of the pool deck", "Where is the bus stop near the hotel lobby entrance",
        "停止营业时间是几点？", "Is the buffet open?"})
    void ordinaryMessagesAreNotKeywords(String text) {
        assertEquals(Optional.empty(), SmsKeyword.of(text));
    }

    @Test
    void aShortAnswerIsSentAsPlainText() {
        assertEquals("Desert Bloom Buffet - Level 1, open 7:00 AM to 9:00 PM.",
                SmsText.fit("**Desert Bloom Buffet** - Level 1, open 7:00 AM to 9:00 PM.", 3));
        assertEquals("Trattoria Lucia (Garden Level)\nVesuvio Pizzeria", SmsText.fit("- Trattoria Lucia (Garden Level)\n- Vesuvio Pizzeria", 3));
    }

    @Test
    void aLongAnswerIsCutAtASentenceWithinTheSegments() {
        String sentence = "Kaze Sushi on Level 2 is open until 11 PM tonight. ";
        String fitted = SmsText.fit(sentence.repeat(20), 3);
        assertTrue(fitted.length() <= 3 * 153, fitted.length() + "");
        assertTrue(fitted.endsWith("tonight."), fitted);
        assertEquals(3, SmsText.segments(fitted));
        assertEquals(1, SmsText.segments(SmsText.fit(sentence.repeat(20), 1)));
    }

    @Test
    void unicodeTextCountsInUcs2Segments() {
        String chinese = "我们的自助餐厅在一楼，早上七点到晚上九点营业。".repeat(10);
        String fitted = SmsText.fit(chinese, 2);
        assertTrue(fitted.length() <= 2 * 67, fitted.length() + "");
        assertTrue(fitted.endsWith("。"), fitted);
        assertEquals(2, SmsText.segments("x€".repeat(60) + "é"), "€ counts twice in GSM-7: 181 septets");
    }

    @Test
    void quietHoursHoldAMessageUntilEightInTheMorningLocal() {
        Instant lateInVegas = Instant.parse("2026-11-25T06:30:00Z"); // 22:30 in Las Vegas
        assertFalse(QuietHours.allowed(lateInVegas, List.of(LAS_VEGAS)));
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), QuietHours.nextAllowed(lateInVegas, List.of(LAS_VEGAS)), "08:00 PST");
        Instant noonInVegas = Instant.parse("2026-11-25T20:00:00Z");
        assertEquals(noonInVegas, QuietHours.nextAllowed(noonInVegas, List.of(LAS_VEGAS)));
    }

    @Test
    void aNumberSpanningZonesGetsTheNarrowestWindow() {
        Instant sevenThirtyInVegas = Instant.parse("2026-11-25T15:30:00Z"); // 10:30 in New York, 07:30 in Las Vegas
        assertFalse(QuietHours.allowed(sevenThirtyInVegas, List.of(NEW_YORK, LAS_VEGAS)));
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), QuietHours.nextAllowed(sevenThirtyInVegas, List.of(NEW_YORK, LAS_VEGAS)));
        Instant sixPmInVegas = Instant.parse("2026-11-26T02:00:00Z"); // 21:00 in New York
        assertEquals(Instant.parse("2026-11-26T16:00:00Z"), QuietHours.nextAllowed(sixPmInVegas, List.of(NEW_YORK, LAS_VEGAS)));
    }
}
