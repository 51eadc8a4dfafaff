package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An instance holding its most turns sheds a new one with 503 overloaded and Retry-After, and keeps nothing of it")
class LoadSheddingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpFixture http;

    @BeforeAll
    static void start() {
        // two turns at most, each slow (about four seconds), so two held streams fill the instance however loaded the machine is
        http = new HttpFixture(Map.of("HEYSEVEN_MAX_TURNS_IN_FLIGHT", "2", "HEYSEVEN_OFFLINE_PIECE_DELAY_MS", "200"));
    }

    @AfterAll
    static void stop() throws Exception {
        HttpFixture.closeAll(http);
    }

    @Test
    void aTurnPastTheLimitIsShedWhileTheAdmittedStreamsRunToTheirEnd() throws Exception {
        HttpResponse<String> first = http.chat(body(null, "Where can I get sushi?"), "application/json");
        assertEquals(200, first.statusCode(), first.body());
        String thread = JSON.readTree(first.body()).get("thread_id").asText();

        List<CompletableFuture<HttpResponse<String>>> held = List.of(stream("Any Italian restaurants?"), stream("What shows are on tonight?"));
        HttpFixture.within(Duration.ofSeconds(10), "both streamed turns hold the instance's two turns", () -> turnsInFlight() == 2);

        HttpResponse<String> shed = http.chat(body(thread, "And when does the pool close?"), "text/event-stream");
        assertEquals(503, shed.statusCode(), shed.body());
        assertEquals("application/problem+json", shed.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Integer.parseInt(shed.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        JsonNode problem = JSON.readTree(shed.body());
        assertTrue(problem.get("type").asText().endsWith("/overloaded"), shed.body());
        assertEquals(503, problem.get("status").asInt());

        for (CompletableFuture<HttpResponse<String>> stream : held) {
            HttpResponse<String> done = stream.get();
            assertEquals(200, done.statusCode(), done.body());
            List<HttpFixture.Event> events = HttpFixture.events(done.body());
            assertEquals("done", events.getLast().name(), "an admitted stream is never cut: " + done.body());
        }
        HttpResponse<String> again = http.chat(body(thread, "And when does the pool close?"), "application/json");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(2, JSON.readTree(again.body()).get("turn").asInt(), "nothing of the shed message was kept");
        PrometheusText metrics = PrometheusText.parse(http.get("/metrics").body());
        assertEquals(1, metrics.sum("heyseven_rejections_total", "reason=\"overloaded\""), "the shed turn is counted");
    }

    private static CompletableFuture<HttpResponse<String>> stream(String message) {
        HttpRequest request = HttpRequest.newBuilder(http.uri("/v1/chat")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream").header("X-API-Key", HttpFixture.KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body(null, message))).build();
        return http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static double turnsInFlight() {
        return PrometheusText.parse(http.get("/metrics").body()).sum("heyseven_turns_in_flight");
    }

    private static String body(String thread, String message) {
        return "{\"casino_id\":\"aurora-palms\"," + (thread == null ? "" : "\"thread_id\":\"" + thread + "\",")
                + "\"message\":\"" + message + "\"}";
    }
}
