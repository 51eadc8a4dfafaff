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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The built jar, over HTTP only: the AI discloses itself, remembers the wife's 40th for the next conversation, forgets on erase")
class RememberedOccasionJarIT {
    private static final String KEY = "jar-memory-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static AppProcess app;
    private static int port;

    @BeforeAll
    static void startTheJar() throws Exception {
        port = AppProcess.freePort();
        app = AppProcess.launchJar(Map.of("HEYSEVEN_PORT", Integer.toString(port), "HEYSEVEN_API_KEYS", KEY));
        app.awaitReady(port);
    }

    @AfterAll
    static void stop() throws Exception {
        app.process.toHandle().destroy();
        app.process.waitFor(20, TimeUnit.SECONDS);
    }

    @Test
    void theSecondDoneWhenLineOfIssue24() throws Exception {
        String first = chat("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"jar-guest\",\"message\":\"We're here for my wife's 40th!\"}")
                .get("reply").asText();
        assertTrue(first.startsWith("You're chatting with the AI assistant of Aurora Palms Resort & Casino."), first);
        assertFalse(first.contains("Welcome back"), first);

        String next = chat("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"jar-guest\",\"message\":\"hi\"}").get("reply").asText();
        assertTrue(next.startsWith("You're chatting with the AI assistant") && next.contains("your wife's 40th birthday"), next);

        HttpResponse<String> erased = CLIENT.send(HttpRequest.newBuilder(uri("/v1/casinos/aurora-palms/guests/jar-guest"))
                .header("X-API-Key", KEY).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, erased.statusCode(), erased.body());
        String after = chat("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"jar-guest\",\"message\":\"hi\"}").get("reply").asText();
        assertTrue(after.startsWith("You're chatting with the AI assistant") && !after.contains("40th"), after);
    }

    private static JsonNode chat(String body) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/v1/chat")).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-API-Key", KEY).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
