package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server's own output, as an operator's log pipeline sees it. */
class JsonLogsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "json-logs-key-0123456789";

    @Test
    void everyLineFromTheFirstIsJsonWithRequestIdsAndNoCardOrEmail() throws Exception {
        int port = AppProcess.freePort();
        // tracing on (to a port nobody listens on), so trace and span ids are in the lines too
        AppProcess app = AppProcess.launch(Map.of("HEYSEVEN_PORT", Integer.toString(port), "HEYSEVEN_LOG_FORMAT", "json",
                "HEYSEVEN_API_KEYS", KEY, "HEYSEVEN_DRAIN_SECONDS", "1",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9", "OTEL_BSP_SCHEDULE_DELAY", "100"));
        app.awaitReady(port);
        HttpClient client = HttpClient.newHttpClient();
        String message = "My card is 4111 1111 1111 1111 and my email is jo.guest@example.com, where is the steakhouse?";
        for (String accept : List.of("application/json", "text/event-stream")) {
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/chat"))
                    .header("Content-Type", "application/json").header("Accept", accept).header("X-API-Key", KEY)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("casino_id", "aurora-palms",
                            "message", message, "guest_id", "jo-1"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), reply.body());
        }
        app.process.toHandle().destroy();
        assertTrue(app.process.waitFor(20, TimeUnit.SECONDS));
        String output = app.output.get(5, TimeUnit.SECONDS);

        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            lines.add(JSON.readTree(line)); // throws on the first line that is not JSON
        }
        List<JsonNode> access = lines.stream().filter(line -> line.path("logger_name").asText().equals("ai.heyseven.access")).toList();
        assertTrue(access.stream().anyMatch(line -> line.path("message").asText().startsWith("POST /v1/chat 200")), output);
        for (JsonNode line : access) {
            assertFalse(line.path("request_id").asText().isEmpty(), line.toString());
            assertFalse(line.path("trace_id").asText().isEmpty(), line.toString());
        }
        assertTrue(access.stream().anyMatch(line -> line.path("casino_id").asText().equals("aurora-palms")));
        assertFalse(output.contains("4111"), "no card number in any line");
        assertFalse(output.contains("1111 1111"), "no card number in any line");
        assertFalse(output.contains("jo.guest@example.com"), "no e-mail address in any line");
        assertFalse(output.contains(KEY), "no API key in any line");
        assertFalse(output.contains("steakhouse?"), "no message body in any line");
    }
}
