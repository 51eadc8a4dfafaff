package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.Problem;
import ai.heyseven.ports.concierge.TurnFailedException;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.TurnStream;
import ai.heyseven.ports.conversation.CheckpointStoreException;
import ai.heyseven.ports.knowledge.KnowledgeStoreException;
import ai.heyseven.ports.ratelimit.RateDecision;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A backend that fails reaches the client as 503 problem+json with Retry-After, never as a 500 or silence. */
class BackendFailureIT {
    private static final String KEY = "failure-test-key";
    private static final WebhookSecret SECRET = WebhookSecret.of("cms-secret");
    private static final Problem TURN_PROBLEM = Problem.of("backend-unavailable", "A service is unavailable", 503,
            "The checkpoint-store is unavailable; your conversation is kept.");

    /** Fails loading the conversation for one casino, and mid-turn for the other. */
    private static final class FailingConcierge implements Concierge {
        @Override
        public TurnStream open(TurnRequest request) {
            if (request.casinoId().equals("down-at-open")) {
                throw new CheckpointStoreException("connection refused", null);
            }
            return new TurnStream() {
                @Override
                public String threadId() {
                    return "t";
                }

                @Override
                public void run(Consumer<AgentEvent> events) {
                    events.accept(new AgentEvent.Metadata("t", request.requestId()));
                    events.accept(new AgentEvent.Failure(TURN_PROBLEM));
                }

                @Override
                public TurnReply reply() {
                    throw new TurnFailedException(TURN_PROBLEM, null);
                }

                @Override
                public void cancel() {
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            };
        }

        @Override
        public TurnReply ask(TurnRequest request) {
            return open(request).reply();
        }
    }

    private final HttpServer server = HttpServer.start(
            new HttpSettings("127.0.0.1", 0, ApiKeys.parse(KEY), Duration.ofSeconds(5), Duration.ofSeconds(5), false,
                    Optional.of(SECRET), Optional.empty()),
            new DrivingPorts(new FailingConcierge(), change -> {
                throw new KnowledgeStoreException("write timed out", null);
            }, (casino, guest, actor) -> {
                throw new ai.heyseven.ports.guest.GuestProfileStoreException("deadline exceeded", null);
            }, new RefusingSms(), new RefusingSms(), (thread, rating, comment, casino) -> Optional.empty()), key -> new RateDecision(true, 1, Duration.ZERO), HealthSources.of(List.of()), new BuildInfo("test", "test"));

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> chat(String casino, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/chat"))
                .header("Content-Type", "application/json").header("Accept", accept).header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"casino_id\":\"" + casino + "\",\"message\":\"hi\"}"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBackendDownBeforeTheTurnStartsIs503WithRetryAfter() throws Exception {
        for (String accept : List.of("text/event-stream", "application/json")) {
            HttpResponse<String> response = chat("down-at-open", accept);
            assertEquals(503, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.headers().firstValue("Retry-After").isPresent());
            assertTrue(response.body().contains("checkpoint-store"), response.body());
        }
    }

    @Test
    void aBackendFailingMidTurnEndsTheStreamWithAnErrorEvent() throws Exception {
        HttpResponse<String> response = chat("down-mid-turn", "text/event-stream");
        assertEquals(200, response.statusCode());
        String last = response.body().substring(response.body().lastIndexOf("event: "));
        assertTrue(last.startsWith("event: error") && last.contains("backend-unavailable"), response.body());
    }

    @Test
    void aBackendFailingMidTurnIs503ForAJsonReply() throws Exception {
        HttpResponse<String> response = chat("down-mid-turn", "application/json");
        assertEquals(503, response.statusCode());
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
        assertTrue(response.body().contains("\"request_id\""), response.body());
    }

    @Test
    void anEraseWhoseStoreIsDownIs503WithRetryAfterNeverA204() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/v1/casinos/aurora-palms/guests/g-1"))
                .header("X-API-Key", KEY).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
        assertTrue(response.body().contains("guest-profiles"), response.body());
    }

    @Test
    void aCmsChangeWhoseWriteFailsIs503SoTheCmsRetries() throws Exception {
        byte[] body = "{\"event\":\"item.deleted\",\"casino_id\":\"aurora-palms\",\"item_id\":\"kaze-sushi\"}"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/webhooks/cms"))
                        .header("Content-Type", "application/json").header("X-Signature", SECRET.sign(body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, response.statusCode());
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
        assertTrue(response.body().contains("knowledge-store"), response.body());
    }
}
