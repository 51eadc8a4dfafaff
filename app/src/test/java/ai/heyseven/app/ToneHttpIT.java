package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.DeskCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The dev server over real HTTP: a frustrated guest is acknowledged, and two upset turns open a frustrated case")
class ToneHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpFixture http;

    @BeforeAll
    static void start() {
        http = new HttpFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        HttpFixture.closeAll(http);
    }

    private static JsonNode ask(String thread, String message) throws Exception {
        String body = JSON.createObjectNode().put("casino_id", "aurora-palms").put("guest_id", "guest-upset-1").put("message", message)
                .put("thread_id", thread).toString();
        HttpResponse<String> response = http.chat(thread == null ? body.replace(",\"thread_id\":null", "") : body, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static List<DeskCase> casesOf(String thread) {
        return http.server.durable().ports().cases().list("aurora-palms", Optional.empty(), 100).stream()
                .filter(found -> found.threadId().equals(thread)).toList();
    }

    @Test
    void twoFrustratedTurnsOpenAFrustratedCaseAndTheGuestIsToldAHostWillFollowUp() throws Exception {
        JsonNode first = ask(null, "This is ridiculous, I already asked where the pool is");
        String thread = first.get("thread_id").asText();
        assertTrue(HttpFixture.body(first.get("reply").asText()).startsWith("I'm sorry this has been frustrating."), first.toString());
        assertEquals(List.of(), casesOf(thread), "one upset turn is answered, not escalated");

        JsonNode second = ask(thread, "Still waiting, this is useless");
        assertTrue(second.get("reply").asText().contains("follow up with you personally"), second.toString());
        List<DeskCase> opened = casesOf(thread);
        assertEquals(List.of(CaseReason.FRUSTRATED), opened.stream().map(DeskCase::reason).toList());
        assertEquals(Optional.of("guest-upset-1"), opened.getFirst().guestId());
    }
}
