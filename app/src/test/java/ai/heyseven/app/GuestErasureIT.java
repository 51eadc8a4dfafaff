package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.guest.ProfileValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DELETE /v1/casinos/{casino_id}/guests/{guest_id} over real HTTP, dev profile")
class GuestErasureIT {
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

    private static JsonNode ask(String body) throws Exception {
        HttpResponse<String> response = http.chat(body, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void anErasedGuestsConversationsAndProfileAreGoneAndTheirThreadStartsAgain() throws Exception {
        String thread = ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"ana-7\",\"message\":\"Any Italian restaurants?\"}")
                .get("thread_id").asText();
        assertEquals(2, ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"ana-7\",\"thread_id\":\"" + thread
                + "\",\"message\":\"And sushi?\"}").get("turn").asInt());
        http.server.durable().ports().guestProfiles().merge("aurora-palms", "ana-7",
                Map.of(ProfileField.DIETARY, new ProfileValue("vegetarian", ProfileValue.Source.GUEST, Instant.now())));

        assertEquals(204, http.erase("aurora-palms", "ana-7", HttpFixture.KEY).statusCode());
        assertTrue(http.server.durable().ports().guestProfiles().find("aurora-palms", "ana-7").isEmpty());
        assertTrue(http.server.state().ports().checkpoints().latest(thread).isEmpty());
        JsonNode again = ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"ana-7\",\"thread_id\":\"" + thread
                + "\",\"message\":\"And sushi?\"}");
        assertEquals(1, again.get("turn").asInt(), "the erased thread starts anew and knows nothing of the old one");

        assertEquals(204, http.erase("aurora-palms", "ana-7", HttpFixture.KEY).statusCode(), "idempotent");
        var audit = ((InMemoryAuditTrail) http.server.durable().ports().auditTrail()).entries();
        var erased = audit.stream().filter(entry -> entry.action().equals("guest.erased") && entry.casinoId().equals("aurora-palms")).toList();
        assertEquals(2, erased.size());
        assertTrue(erased.get(0).subject().startsWith("guest:") && !erased.get(0).subject().contains("ana-7"), erased.get(0).subject());
        assertTrue(erased.get(0).actor().startsWith("api-key:"), erased.get(0).actor());
    }

    @Test
    void aScopedKeyErasesOnlyInItsCasinoAndBadRequestsAreProblems() throws Exception {
        HttpResponse<String> foreign = http.erase("aurora-palms", "ana-8", HttpFixture.HARBOR_KEY);
        assertEquals(403, foreign.statusCode());
        assertEquals("application/problem+json", foreign.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(204, http.erase("harbor-lights", "ana-8", HttpFixture.HARBOR_KEY).statusCode());
        assertEquals(404, http.erase("atlantis", "ana-8", HttpFixture.KEY).statusCode());
        assertEquals(400, http.erase("aurora-palms", "ana%20eight", HttpFixture.KEY).statusCode());
        assertEquals(401, http.erase("aurora-palms", "ana-8", "wrong-key").statusCode());
    }
}
