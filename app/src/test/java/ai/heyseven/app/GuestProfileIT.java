package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.guest.GuestProfile;
import ai.heyseven.ports.guest.ProfileField;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a guest tells us is remembered for their later conversations, over real HTTP")
class GuestProfileIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpFixture http;

    @BeforeAll
    static void start() {
        http = new HttpFixture();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static JsonNode ask(String body) {
        return http.ask(body);
    }

    private static List<String> sources(JsonNode reply) {
        return HttpFixture.sourceIds(reply);
    }

    @Test
    void aDietToldInOneConversationShapesTheAnswerOfTheNext() throws Exception {
        String question = "Where can we have lunch?";
        assertFalse(sources(ask("{\"casino_id\":\"aurora-palms\",\"message\":\"" + question + "\"}")).contains("green-leaf-kitchen"),
                "without a profile the vegetarian kitchen is not among the answers");

        ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"vera-1\",\"message\":\"Hi! I'm vegetarian and we're a party of six.\"}");
        GuestProfile profile = http.server.durable().ports().guestProfiles().find("aurora-palms", "vera-1").orElseThrow();
        assertEquals("vegetarian", profile.get(ProfileField.DIETARY).orElseThrow().value());
        assertEquals("6", profile.get(ProfileField.PARTY_SIZE).orElseThrow().value());

        JsonNode later = ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"vera-1\",\"message\":\"" + question + "\"}");
        assertEquals(1, later.get("turn").asInt(), "a new conversation");
        assertTrue(sources(later).contains("green-leaf-kitchen"), later.toString());
    }
}
