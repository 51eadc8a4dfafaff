package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.ports.knowledge.WeeklyHours;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The answers a new user tries first, over real HTTP on the dev profile (offline model, the
 * bundled {@code aurora-palms}, the real clock): only the cuisine asked, a plain "no information",
 * yes or no first, and a follow-up about what was being discussed.
 */
@DisplayName("Answers a guest can trust, over real HTTP")
class AnswersHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId PROPERTY_ZONE = ZoneId.of("America/Los_Angeles");
    private static HttpFixture http;

    @BeforeAll
    static void start() {
        http = new HttpFixture();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static JsonNode ask(String message, String threadId) throws Exception {
        String thread = threadId == null ? "" : ",\"thread_id\":\"" + threadId + "\"";
        return http.ask("{\"casino_id\":\"aurora-palms\",\"message\":" + JSON.writeValueAsString(message) + thread + "}");
    }

    @Test
    void anItalianQuestionCitesOnlyItalianPlaces() throws Exception {
        JsonNode reply = ask("What Italian restaurants do you have?", null);
        assertEquals(List.of("trattoria-lucia", "vesuvio-pizzeria"), HttpFixture.sourceIds(reply).stream().sorted().toList(), reply.toString());
        assertTrue(!reply.get("reply").asText().contains("Agave Cantina"), reply.toString());
        assertEquals("pass", reply.get("validation").asText());
    }

    @Test
    void aQuestionThePropertyHasNoInformationOnIsAnsweredPlainly() throws Exception {
        JsonNode reply = ask("Do you allow dogs in the rooms?", null);
        assertTrue(HttpFixture.body(reply.get("reply").asText()).startsWith("I don't have information about pets at Aurora Palms"), reply.toString());
        assertTrue(reply.get("sources").isEmpty(), reply.toString());
    }

    @Test
    void isTheSpaOpenRightNowBeginsWithYesOrNoOnThePropertysClock() throws Exception {
        WeeklyHours spa = PropertyFiles.bundled().items("aurora-palms").stream()
                .filter(item -> item.id().equals("serenity-spa")).findFirst().orElseThrow().hours();
        boolean openBefore = spa.isOpenAt(LocalDateTime.now(PROPERTY_ZONE));
        JsonNode reply = ask("Is the spa open right now?", null);
        boolean openAfter = spa.isOpenAt(LocalDateTime.now(PROPERTY_ZONE));
        String text = HttpFixture.body(reply.get("reply").asText());
        assertTrue(text.startsWith("Yes, Serenity Spa") || text.startsWith("No, Serenity Spa"), text);
        if (openBefore == openAfter) {
            assertEquals(openBefore, text.startsWith("Yes"), "the spa's hours on the property's clock: " + text);
        }
        assertEquals(List.of("serenity-spa"), HttpFixture.sourceIds(reply));
    }

    @Test
    void aFollowUpIsAboutTheSushiRestaurantBeingDiscussed() throws Exception {
        JsonNode sushi = ask("Where can I get sushi?", null);
        assertEquals(List.of("kaze-sushi"), HttpFixture.sourceIds(sushi), sushi.toString());
        JsonNode later = ask("Is it open after 11?", sushi.get("thread_id").asText());
        String text = later.get("reply").asText();
        assertTrue(text.startsWith("Yes, Kaze Sushi & Robata") || text.startsWith("No, Kaze Sushi & Robata"), text);
        assertEquals(List.of("kaze-sushi"), HttpFixture.sourceIds(later));
    }
}
