package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The guest's language over real HTTP, dev profile: every reply in English, Spanish, Portuguese or Chinese")
class GuestLanguageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "cms-language-secret";
    private static final ZoneId AURORA = ZoneId.of("America/Los_Angeles");
    private static final List<String> ENGLISH_FRAMING = List.of("Here's what I found", "Today (", "Tomorrow (", "it's open",
            "How many will be dining", "I'm sorry");
    private static HttpFixture http;

    @BeforeAll
    static void start() {
        http = new HttpFixture(Map.of("HEYSEVEN_CMS_SECRET", SECRET));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static JsonNode ask(String message, String threadId) throws Exception {
        String thread = threadId == null ? "" : ",\"thread_id\":" + JSON.writeValueAsString(threadId);
        HttpResponse<String> response = http.chat("{\"casino_id\":\"aurora-palms\",\"message\":" + JSON.writeValueAsString(message)
                + thread + "}", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static void assertNoEnglishFraming(String reply) {
        ENGLISH_FRAMING.forEach(english -> assertFalse(reply.contains(english), "'" + english + "' in " + reply));
    }

    /** The buffet's hours tomorrow at the property, as its file gives them: to 22:00 on Friday and Saturday, else to 21:00. */
    private static String buffetClosesTomorrow() {
        DayOfWeek tomorrow = ZonedDateTime.now(AURORA).plusDays(1).getDayOfWeek();
        return tomorrow == DayOfWeek.FRIDAY || tomorrow == DayOfWeek.SATURDAY ? "22:00" : "21:00";
    }

    private static String tomorrowIn(Locale locale) {
        return ZonedDateTime.now(AURORA).plusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    @Test
    void answersWhenTheBuffetOpensTomorrowInSpanish() throws Exception {
        JsonNode answer = ask("¿A qué hora abre el buffet mañana?", null);
        String reply = answer.get("reply").asText();

        // the direct answer about hours: the day asked, the buffet by its Spanish name, tomorrow's hours
        assertTrue(HttpFixture.body(reply).startsWith("Mañana (" + tomorrowIn(Locale.forLanguageTag("es")) + "), Bufé Desert Bloom abre de 7:00 a "
                + buffetClosesTomorrow()), reply);
        assertNoEnglishFraming(reply);
        assertEquals("pass", answer.get("validation").asText());
    }

    @Test
    void answersASpanishSeafoodQuestionInSpanish() throws Exception {
        String reply = ask("Hola, ¿hay algún restaurante de mariscos? Somos cuatro y uno es vegetariano.", null).get("reply").asText();

        assertTrue(reply.contains("Hoy (") || reply.contains("Lo siento"), reply);
        assertNoEnglishFraming(reply);
    }

    @Test
    void answersInPortugueseAndInChinese() throws Exception {
        String portuguese = ask("Que horas abre o buffet amanhã?", null).get("reply").asText();
        JsonNode chinese = ask("自助餐明天几点开门？", null);

        assertTrue(HttpFixture.body(portuguese).startsWith("Amanhã (" + tomorrowIn(Locale.forLanguageTag("pt-BR")) + "), Bufê Desert Bloom funciona das 7:00 às "
                + buffetClosesTomorrow()), portuguese);
        assertNoEnglishFraming(portuguese);
        String reply = chinese.get("reply").asText();
        assertTrue(HttpFixture.body(reply).startsWith("明天") && reply.contains("沙漠之花自助餐厅") && reply.contains("7:00") && reply.contains(buffetClosesTomorrow()),
                reply);
        List<String> titles = new ArrayList<>();
        chinese.get("sources").forEach(source -> titles.add(source.get("title").asText()));
        assertTrue(titles.contains("沙漠之花自助餐厅"), "sources are titled in the guest's language: " + titles);
    }

    @Test
    void keepsTheConversationsLanguageForAMessageThatShowsNone() throws Exception {
        JsonNode greeting = ask("¡Hola!", null);
        assertTrue(HttpFixture.body(greeting.get("reply").asText()).startsWith("¡Bienvenido a Aurora Palms"), greeting.toString());

        String reply = ask("Trattoria Lucia?", greeting.get("thread_id").asText()).get("reply").asText();

        assertTrue(reply.contains("Trattoria italiana con pasta hecha a mano"), reply);
        assertNoEnglishFraming(reply);
    }

    @Test
    void aCmsChangeWithTranslationsAndAMidnightCloseIsAnsweredInSpanish() throws Exception {
        String week = "\"mon\":\"10:00-24:00\",\"tue\":\"10:00-24:00\",\"wed\":\"10:00-24:00\",\"thu\":\"10:00-24:00\","
                + "\"fri\":\"10:00-24:00\",\"sat\":\"10:00-24:00\",\"sun\":\"10:00-24:00\"";
        HttpResponse<String> changed = http.cms(SECRET, """
                {"event":"item.upserted","casino_id":"aurora-palms","item":{"id":"oasis-bakery","category":"dining",
                 "name":"Oasis Bakery","description":"Croissants, cakes and espresso.","location":"Shopping Arcade",
                 "hours":{%s},"price_range":"$","tags":["bakery","pastry","coffee"],
                 "translations":{"es":{"name":"Panadería Oasis","description":"Cruasanes, pasteles y café espresso hasta medianoche."}},
                 "updated_at":"2026-12-01T10:00:00Z"}}""".formatted(week));
        assertEquals(200, changed.statusCode(), changed.body());

        String reply = ask("¿Tienen una panadería?", null).get("reply").asText();

        assertTrue(reply.contains("Panadería Oasis (Shopping Arcade, $): Cruasanes, pasteles y café espresso hasta medianoche."), reply);
        assertTrue(reply.contains("abre de 10:00 a 24:00"), reply);
    }

    @Test
    void aTranslationIntoALanguageItDoesNotSpeakIsAProblemNotAnError() {
        HttpResponse<String> refused = http.cms(SECRET, """
                {"event":"item.upserted","casino_id":"aurora-palms","item":{"id":"oasis-bakery","category":"dining",
                 "name":"Oasis Bakery","description":"Croissants.","translations":{"fr":{"description":"Des croissants."}}}}""");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(refused.body().contains("'fr' is not a language Hey Seven speaks"), refused.body());
    }
}
