package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.gemini.FakeGemini;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A chat turn through the real Gemini adapter, against a local Gemini-protocol server")
class GeminiTurnIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeGemini gemini;
    private final HttpFixture http;

    GeminiTurnIT() throws Exception {
        gemini = new FakeGemini();
        http = new HttpFixture(Map.of("GEMINI_API_KEY", "test-gemini-key", "GEMINI_BASE_URL", gemini.baseUrl().toString(),
                "GEMINI_MODEL", "gemini-test"));
    }

    @AfterEach
    void stop() {
        http.close();
        gemini.close();
    }

    @Test
    void aStreamedTurnRoutesStreamsAndValidatesThroughGemini() throws Exception {
        HttpResponse<String> response = http.chat("{\"casino_id\":\"aurora-palms\",\"message\":\"Where can I get sushi?\"}", "text/event-stream");
        assertEquals(200, response.statusCode());
        List<HttpFixture.Event> events = HttpFixture.events(response.body());
        StringBuilder text = new StringBuilder();
        for (HttpFixture.Event event : events) {
            if (event.name().equals("token")) {
                text.append(JSON.readTree(event.data()).get("text").asText());
            }
        }
        assertEquals(FakeGemini.STREAMED, text.toString());
        JsonNode done = JSON.readTree(events.get(events.size() - 1).data());
        assertEquals("done", events.get(events.size() - 1).name());
        assertEquals("dining", done.get("intent").asText());
        assertEquals("pass", done.get("validation").asText());
        List<String> paths = gemini.requests.stream().map(FakeGemini.Recorded::path).toList();
        assertTrue(paths.stream().anyMatch(p -> p.endsWith("/models/gemini-test:generateContent")), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.contains("/models/gemini-test:streamGenerateContent")), paths.toString());
        assertTrue(gemini.requests.stream().allMatch(r -> r.apiKey().equals("test-gemini-key")));
        assertTrue(gemini.requests.stream().anyMatch(r -> r.body().contains("kaze-sushi")), "the retrieved items reach the model as data");
    }

    @Test
    void healthShowsEachRolesBreaker() throws Exception {
        JsonNode health = JSON.readTree(http.get("/health").body());
        assertEquals("closed", health.at("/circuit_breakers/main").asText(), health.toString());
        assertEquals("closed", health.at("/circuit_breakers/validator").asText());
        assertTrue(health.at("/checks/language_model/detail").asText().contains("Gemini gemini-test"), health.toString());
    }

    @Test
    void aModelThatIsDownStillEndsTheTurnWithAnAnswerOrAnError() throws Exception {
        for (int i = 0; i < 20; i++) {
            gemini.then(new FakeGemini.Reply.Status(500, "{}", null));
        }
        HttpResponse<String> response = http.chat("{\"casino_id\":\"aurora-palms\",\"message\":\"Where can I get sushi?\"}", "text/event-stream");
        assertEquals(200, response.statusCode());
        List<HttpFixture.Event> events = HttpFixture.events(response.body());
        String last = events.get(events.size() - 1).name();
        assertTrue(last.equals("done") || last.equals("error"), response.body());
    }
}
