package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.redis.RedisServerProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@DisplayName("Turns sent at once to one conversation, on two instances: one is answered, the others get 409, none is lost")
class ConcurrentTurnsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RedisServerProcess redis;
    private static HttpFixture a;
    private static HttpFixture b;

    @BeforeAll
    static void startFleet() {
        redis = RedisServerProcess.start();
        // slow answers (about two seconds), so turns sent together overlap however loaded the machine is
        Map<String, String> env = Map.of("REDIS_URL", redis.url(), "HEYSEVEN_OFFLINE_PIECE_DELAY_MS", "100");
        a = new HttpFixture(env);
        b = new HttpFixture(env);
    }

    @AfterAll
    static void stopFleet() throws Exception {
        HttpFixture.closeAll(a, b, redis);
    }

    @Test
    void everyAcknowledgedTurnIsKeptAndTheOthersAreRefusedWithRetryAfter() throws Exception {
        HttpResponse<String> first = a.chat(body(null, "Any Italian restaurants?"), "application/json");
        assertEquals(200, first.statusCode(), first.body());
        String thread = JSON.readTree(first.body()).get("thread_id").asText();
        int acknowledged = 1;

        List<HttpResponse<String>> together = sendTogether(thread, 4);
        for (HttpResponse<String> response : together) {
            if (response.statusCode() == 200) {
                acknowledged++;
                continue;
            }
            assertEquals(409, response.statusCode(), response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(JSON.readTree(response.body()).get("type").asText().endsWith("/turn-in-progress"), response.body());
            assertTrue(Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        }
        HttpResponse<String> next = b.chat(body(thread, "Thanks, and when does the pool close?"), "application/json");
        assertEquals(200, next.statusCode(), next.body());
        JsonNode reply = JSON.readTree(next.body());
        assertEquals(acknowledged + 1, reply.get("turn").asInt(), "every acknowledged turn is in the conversation");
        assertTrue(acknowledged < 1 + together.size(), "the turns overlapped, so at least one was refused");
    }

    @Test
    void aStreamedTurnIsRefusedBeforeItsStreamOpens() throws Exception {
        HttpResponse<String> first = a.chat(body(null, "What shows are on tonight?"), "application/json");
        String thread = JSON.readTree(first.body()).get("thread_id").asText();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<HttpResponse<String>> running = pool.submit(() -> a.chat(body(thread, "And tomorrow?"), "text/event-stream"));
            HttpFixture.within(Duration.ofSeconds(10), "the first turn holds its thread",
                    () -> claimed(thread));
            HttpResponse<String> refused = b.chat(body(thread, "And the day after?"), "text/event-stream");
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(200, running.get().statusCode());
        }
    }

    private static boolean claimed(String thread) {
        try (var jedis = new Jedis(URI.create(redis.url()))) {
            return jedis.exists("hs:v1:turn-claim:" + thread);
        }
    }

    private static List<HttpResponse<String>> sendTogether(String thread, int count) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                HttpFixture instance = i % 2 == 0 ? a : b;
                String message = "Question " + i + ": is the spa open late?";
                sent.add(pool.submit(() -> {
                    start.await();
                    return instance.chat(body(thread, message), "application/json");
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> response : sent) {
                responses.add(response.get());
            }
            return responses;
        }
    }

    private static String body(String thread, String message) {
        return "{\"casino_id\":\"aurora-palms\"," + (thread == null ? "" : "\"thread_id\":\"" + thread + "\",")
                + "\"message\":\"" + message + "\"}";
    }
}
