package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.TurnStream;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.ratelimit.RateDecision;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's drain over real HTTP: readiness off at once, new requests refused, running turns finish or are told. */
class DrainIT {
    private static final String KEY = "drain-test-key";

    /** Turns that stream a token, take as many milliseconds as the message says, then finish — unless cancelled. */
    private static final class TimedConcierge implements Concierge {
        @Override
        public TurnStream open(TurnRequest request) {
            long millis = Long.parseLong(request.message());
            return new TurnStream() {
                private volatile boolean stop;

                @Override
                public String threadId() {
                    return "t-" + millis;
                }

                @Override
                public void run(Consumer<AgentEvent> events) {
                    events.accept(new AgentEvent.Metadata(threadId(), request.requestId()));
                    events.accept(new AgentEvent.Token("Working on it"));
                    long end = System.nanoTime() + Duration.ofMillis(millis).toNanos();
                    while (System.nanoTime() < end) {
                        if (stop) {
                            return;
                        }
                        sleep();
                    }
                    events.accept(new AgentEvent.Done(threadId(), 1, Intent.GENERAL, Validation.PASS, null));
                }

                @Override
                public TurnReply reply() {
                    run(event -> { });
                    if (stop) {
                        throw new CancellationException("cancelled");
                    }
                    return new TurnReply(threadId(), 1, "done", Intent.GENERAL, Validation.PASS, null, List.of());
                }

                @Override
                public void cancel() {
                    stop = true;
                }

                @Override
                public boolean cancelled() {
                    return stop;
                }
            };
        }

        @Override
        public TurnReply ask(TurnRequest request) {
            return open(request).reply();
        }

        private static void sleep() {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final HttpServer server = HttpServer.start(
            new HttpSettings("127.0.0.1", 0, ApiKeys.parse(KEY), Duration.ofSeconds(30), Duration.ofSeconds(5), false, Optional.empty(),
                    Optional.empty()),
            new DrivingPorts(new TimedConcierge(), RecordingUpdates.refusing(), (casino, guest, actor) -> Optional.empty(), new RefusingSms(),
                    new RefusingSms(), (thread, rating, comment, casino) -> Optional.empty()),
            key -> new RateDecision(true, 1, Duration.ZERO), HealthSources.of(List.of()), new BuildInfo("test", "test"));
    private final HttpClient client = HttpClient.newHttpClient();

    DrainIT() {
        server.markReady(true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpRequest chatRequest(long millis, String accept) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/chat"))
                .header("Content-Type", "application/json").header("Accept", accept).header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"casino_id\":\"aurora-palms\",\"message\":\"" + millis + "\"}")).build();
    }

    private CompletableFuture<HttpResponse<String>> chat(long millis, String accept) {
        return client.sendAsync(chatRequest(millis, accept), HttpResponse.BodyHandlers.ofString());
    }

    /** A stream whose headers have arrived: its turn is running on the server. */
    private HttpResponse<java.io.InputStream> openStream(long millis) throws Exception {
        return client.send(chatRequest(millis, "text/event-stream"), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static String body(HttpResponse<java.io.InputStream> response) throws java.io.IOException {
        try (var in = response.body()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The last event of an SSE body, its name and data lines. */
    private static String lastEvent(String body) {
        String[] frames = body.strip().split("\n\n");
        for (int i = frames.length - 1; i >= 0; i--) {
            if (frames[i].startsWith("event: ")) {
                return frames[i];
            }
        }
        return "";
    }

    @Test
    void turnsThatFitTheDrainFinishTheOthersAreToldAndNoneIsCutSilently() throws Exception {
        List<HttpResponse<java.io.InputStream>> quick = new ArrayList<>();
        List<HttpResponse<java.io.InputStream>> slow = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            quick.add(openStream(700));
            slow.add(openStream(20_000));
        }
        CompletableFuture<HttpResponse<String>> slowJson = chat(20_000, "application/json");
        Thread.sleep(300);
        long started = System.nanoTime();
        CompletableFuture<Integer> drained = CompletableFuture.supplyAsync(() -> server.drain(Duration.ofSeconds(1)));
        Thread.sleep(100);

        HttpResponse<String> health = get("/health");
        assertEquals(503, health.statusCode());
        assertTrue(health.body().contains("\"draining\""), health.body());
        assertEquals(200, get("/live").statusCode());
        HttpResponse<String> refused = chat(10, "application/json").get();
        assertEquals(503, refused.statusCode());
        assertTrue(refused.body().contains("draining"), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());

        assertEquals(0, drained.get(), "every turn ended within the drain and its grace");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3_500, "bounded");
        for (var response : quick) {
            String body = body(response);
            assertTrue(lastEvent(body).startsWith("event: done"), body);
        }
        for (var response : slow) {
            String body = body(response);
            String last = lastEvent(body);
            assertTrue(last.startsWith("event: error") && last.contains("draining"), body);
        }
        assertEquals(503, slowJson.get().statusCode());
        assertTrue(slowJson.get().body().contains("draining"), slowJson.get().body());
    }
}
