package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import ai.heyseven.ports.ratelimit.RateDecision;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamLifecycleIT {
    private static final String KEY = "stream-test-key";
    private final SlowConcierge concierge = new SlowConcierge();
    private final HttpServer server = HttpServer.start(
            new HttpSettings("127.0.0.1", 0, ApiKeys.parse(KEY), Duration.ofSeconds(3), Duration.ofMillis(300), false,
                    Optional.empty(), Optional.empty()),
            new DrivingPorts(concierge, RecordingUpdates.refusing(), (casino, guest, actor) -> Optional.empty(), new RefusingSms(), new RefusingSms(), (thread, rating, comment, casino) -> Optional.empty()), key -> new RateDecision(true, 1, Duration.ZERO), HealthSources.of(List.of()), new BuildInfo("test", "test"));

    @AfterEach
    void stop() {
        server.close();
    }

    private static final String BODY = "{\"casino_id\":\"aurora-palms\",\"message\":\"hello\"}";

    @Test
    void queuesARushOfNewConnectionsAndKeepsNoHeaderCachePerConnection() {
        // the kernel queues 4,096 (not Java's default 50); no 96 KB header trie per open stream
        assertEquals(List.of(new HttpServer.Listening(4_096, 0)), server.listening());
    }

    @Test
    void sendsHeartbeatsAndEndsATurnPastItsDeadlineWithAnError() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/v1/chat"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream").header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        assertTrue(body.contains(": heartbeat"), body);
        assertTrue(body.contains("event: token"), body);
        assertTrue(body.trim().endsWith("}"), body);
        String last = body.substring(body.lastIndexOf("event: "));
        assertTrue(last.startsWith("event: error"), last);
        assertTrue(last.contains("turn-timeout"), last);
        assertTrue(concierge.cancelled.await(1, TimeUnit.SECONDS));
    }

    @Test
    void aClientThatDisconnectsCancelsItsTurn() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            out.write(("POST /v1/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: text/event-stream\r\nX-API-Key: " + KEY + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("event: token")) {
                // read until the turn has started streaming
            }
            assertEquals("event: token", line);
        }
        assertTrue(concierge.cancelled.await(2, TimeUnit.SECONDS), "the turn was cancelled after the client left");
    }
}
