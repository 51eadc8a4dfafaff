package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.redis.RedisServerProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two instances sharing one Redis behave as one")
class FleetIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 5;
    private static RedisServerProcess redis;
    private static HttpFixture a;
    private static HttpFixture b;

    @BeforeAll
    static void startFleet() {
        redis = RedisServerProcess.start();
        Map<String, String> env = Map.of("REDIS_URL", redis.url(), "HEYSEVEN_RATE_LIMIT_PER_MINUTE", Integer.toString(LIMIT),
                "HEYSEVEN_API_KEYS", "conversation-key,limit-key,health-key");
        a = new HttpFixture(env);
        b = new HttpFixture(env);
    }

    @AfterAll
    static void stopFleet() throws Exception {
        HttpFixture.closeAll(a, b, redis);
    }

    private static JsonNode ask(HttpFixture instance, String key, String body) throws Exception {
        HttpResponse<String> response = instance.chat(body, "application/json", key);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void aConversationBegunOnOneInstanceContinuesOnTheOther() throws Exception {
        JsonNode first = ask(a, "conversation-key", "{\"casino_id\":\"aurora-palms\",\"message\":\"Any Italian restaurants?\"}");
        String thread = first.get("thread_id").asText();
        JsonNode second = ask(b, "conversation-key", "{\"casino_id\":\"aurora-palms\",\"thread_id\":\"" + thread
                + "\",\"message\":\"And what shows are on?\"}");
        assertEquals(2, second.get("turn").asInt(), "instance B saw turn 1 of instance A");
        assertEquals(4, ((ai.heyseven.ports.conversation.CheckpointStore) b.server.state().ports().checkpoints())
                .latest(thread).orElseThrow().messages().size());
    }

    @Test
    void aLimitOfNAdmitsExactlyNOfThreeNRequestsSpreadOverBothInstances() throws Exception {
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3 * LIMIT; i++) {
                HttpFixture instance = i % 2 == 0 ? a : b;
                pool.submit(() -> {
                    start.await();
                    int status = instance.chat("{\"casino_id\":\"harbor-lights\",\"message\":\"hello\"}", "application/json", "limit-key")
                            .statusCode();
                    (status == 200 ? admitted : refused).incrementAndGet();
                    return status;
                });
            }
            start.countDown();
        }
        assertEquals(LIMIT, admitted.get());
        assertEquals(2 * LIMIT, refused.get());
    }

    @Test
    void theSameIdempotencyKeySubmittedToBothAtOnceIsProcessedOnce() {
        List<String> keys = IntStream.range(0, 50).mapToObj(i -> "telnyx-event-" + UUID.randomUUID()).toList();
        AtomicInteger processed = new AtomicInteger();
        keys.parallelStream().forEach(key -> {
            CountDownLatch both = new CountDownLatch(1);
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (HttpFixture instance : List.of(a, b)) {
                    pool.submit(() -> {
                        both.await();
                        if (instance.server.state().ports().webhookClaims().claim(key, Duration.ofMinutes(10))) {
                            processed.incrementAndGet();
                        }
                        return null;
                    });
                }
                both.countDown();
            }
        });
        assertEquals(keys.size(), processed.get());
    }

    @Test
    void healthReportsRedis() throws Exception {
        JsonNode health = JSON.readTree(a.get("/health").body());
        assertEquals("up", health.get("checks").get("redis").get("status").asText());
        assertTrue(health.get("checks").get("redis").get("required").asBoolean());
    }
}
