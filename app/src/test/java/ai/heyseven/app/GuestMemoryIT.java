package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.guest.ProfileField;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A host's memory over real HTTP, dev profile: the AI says so first, remembers an occasion, forgets on erase")
class GuestMemoryIT {
    private static HttpFixture http;

    @BeforeAll
    static void start() {
        http = new HttpFixture();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void theFirstReplyOfEveryConversationSaysItIsAnAiAndOnlyTheFirst() {
        JsonNode first = http.ask("{\"casino_id\":\"aurora-palms\",\"message\":\"Any Italian restaurants?\"}");
        assertTrue(first.get("reply").asText().startsWith("You're chatting with the AI assistant of Aurora Palms Resort & Casino.\n\n"), first.toString());
        JsonNode second = http.ask("{\"casino_id\":\"aurora-palms\",\"thread_id\":\"" + first.get("thread_id").asText()
                + "\",\"message\":\"And sushi?\"}");
        assertFalse(second.get("reply").asText().contains("AI assistant"), second.toString());
        JsonNode spanish = http.ask("{\"casino_id\":\"aurora-palms\",\"message\":\"¿Dónde está el buffet?\"}");
        assertTrue(spanish.get("reply").asText().startsWith("Está conversando con el asistente de IA de Aurora Palms Resort & Casino.\n\n"), spanish.toString());
    }

    @Test
    void theFirstStreamedReplyOpensWithTheDisclosure() {
        HttpResponse<String> stream = http.chat("{\"casino_id\":\"aurora-palms\",\"message\":\"hello\"}", "text/event-stream");
        assertEquals(200, stream.statusCode(), stream.body());
        int disclosure = stream.body().indexOf("You're chatting with the AI assistant of Aurora Palms Resort & Casino.");
        assertTrue(disclosure > 0 && disclosure < stream.body().indexOf("Welcome to Aurora Palms"), stream.body());
    }

    @Test
    void anOccasionToldInOneConversationGreetsTheNextUntilTheGuestIsErased() {
        JsonNode told = http.ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"maria-40\",\"message\":"
                + "\"We're here for my wife's 40th! Any good steakhouses?\"}");
        assertFalse(told.get("reply").asText().contains("Welcome back"), "nothing was remembered before: " + told);
        assertEquals("wife's 40th birthday", http.server.durable().ports().guestProfiles().find("aurora-palms", "maria-40")
                .orElseThrow().get(ProfileField.OCCASION).orElseThrow().value());

        JsonNode next = http.ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"maria-40\",\"message\":\"hello\"}");
        String greeting = next.get("reply").asText();
        assertTrue(greeting.startsWith("You're chatting with the AI assistant") && greeting.contains("Welcome to Aurora Palms")
                && greeting.endsWith("Welcome back! I remember you're here for your wife's 40th birthday."), greeting);

        assertEquals(204, http.erase("aurora-palms", "maria-40", HttpFixture.KEY).statusCode());
        JsonNode afterErase = http.ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"maria-40\",\"message\":\"hello\"}");
        assertFalse(afterErase.get("reply").asText().contains("40th"), afterErase.toString());
        assertTrue(afterErase.get("reply").asText().contains("AI assistant"), afterErase.toString());
    }

    @Test
    void anAnniversaryIsOfferedThePropertysIncentiveOnceAndACrisisReplyCarriesNoPersona() {
        JsonNode offered = http.ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"lee-10\",\"message\":"
                + "\"It's our anniversary, where should we have dinner?\"}");
        assertTrue(offered.get("reply").asText().contains("champagne for two"), offered.toString());
        JsonNode again = http.ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"lee-10\",\"thread_id\":\""
                + offered.get("thread_id").asText() + "\",\"message\":\"Any Italian for our anniversary?\"}");
        assertFalse(again.get("reply").asText().contains("champagne for two"), "once per stay: " + again);

        JsonNode crisis = http.ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"lee-10\",\"message\":\"I don't want to be alive anymore\"}");
        String reply = crisis.get("reply").asText();
        assertTrue(reply.endsWith("\n\nYou're chatting with the AI assistant of Aurora Palms Resort & Casino."),
                "a crisis reply gives its lines first and discloses after: " + reply);
        assertFalse(reply.contains("Seven") || reply.contains("Welcome back") || reply.contains("champagne"), reply);
    }
}
