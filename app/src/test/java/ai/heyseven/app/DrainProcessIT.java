package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SIGTERM under load: 100 streaming turns, none cut without a last event, exit 0 within the drain")
class DrainProcessIT {
    private static final int STREAMS = 100;
    private static final int DRAIN_SECONDS = 2;

    @Test
    void aHundredStreamsEachEndWithDoneOrAnErrorEventAndTheProcessExitsZero() throws Exception {
        int port = AppProcess.freePort();
        AppProcess app = AppProcess.launch(Map.of("HEYSEVEN_PORT", Integer.toString(port), "HEYSEVEN_DRAIN_SECONDS", Integer.toString(DRAIN_SECONDS),
                "HEYSEVEN_OFFLINE_PIECE_DELAY_MS", "80", "HEYSEVEN_RATE_LIMIT_PER_MINUTE", "100000"));
        Process process = app.process;
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            app.awaitReady(port);
            List<HttpResponse<InputStream>> streams = new ArrayList<>();
            String[] questions = {"What Italian restaurants do you have and when do they close?", "Where is the buffet?",
                "What shows are on tonight?", "Tell me about the spa and the pool"};
            List<CompletableFuture<HttpResponse<InputStream>>> opening = new ArrayList<>();
            for (int i = 0; i < STREAMS; i++) {
                opening.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/chat"))
                        .header("Content-Type", "application/json").header("Accept", "text/event-stream").header("X-API-Key", "dev-local-key")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"casino_id\":\"aurora-palms\",\"message\":\"" + questions[i % 4] + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofInputStream()));
            }
            for (var open : opening) {
                HttpResponse<InputStream> response = open.get(30, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode());
                streams.add(response);
            }
            long signalled = System.nanoTime();
            process.toHandle().destroy(); // SIGTERM
            HttpResponse<String> health;
            do {
                health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } while (health.statusCode() == 200 && System.nanoTime() - signalled < Duration.ofSeconds(1).toNanos());
            assertEquals(503, health.statusCode(), "readiness off within a second of SIGTERM: " + health.body());
            assertTrue(health.body().contains("\"draining\""), health.body());

            int done = 0;
            int draining = 0;
            for (HttpResponse<InputStream> stream : streams) {
                String body;
                try (InputStream in = stream.body()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String last = lastEvent(body);
                if (last.startsWith("event: done")) {
                    done++;
                } else {
                    assertTrue(last.startsWith("event: error") && last.contains("draining"), "cut without a last event: " + body);
                    draining++;
                }
            }
            assertEquals(STREAMS, done + draining);
            assertTrue(process.waitFor(DRAIN_SECONDS + 8, TimeUnit.SECONDS), "exited within the drain and a margin");
            assertEquals(0, process.exitValue(), app.output.get(5, TimeUnit.SECONDS));
            System.out.printf("drain: %d streams ended with done, %d with draining; exit after %d ms%n", done, draining,
                    Duration.ofNanos(System.nanoTime() - signalled).toMillis());
        } finally {
            process.destroyForcibly();
        }
    }

    private static String lastEvent(String body) {
        String[] frames = body.strip().split("\n\n");
        for (int i = frames.length - 1; i >= 0; i--) {
            if (frames[i].startsWith("event: ")) {
                return frames[i];
            }
        }
        return "";
    }
}
