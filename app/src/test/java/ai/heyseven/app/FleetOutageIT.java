package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.redis.RedisServerProcess;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Redis killed in the middle of a stream of turns: nothing acknowledged is lost, nothing is silent")
class FleetOutageIT {
    private static final String KEY = "outage-key-1";

    /** One turn's outcome: its thread, the HTTP status, and how an event stream ended. */
    private record Outcome(String thread, int status, String lastEvent, long sentAtMillis) {
        boolean done() {
            return status == 200 && ("done".equals(lastEvent) || lastEvent == null);
        }
    }

    private static Outcome turn(HttpFixture instance, int n, boolean stream, long startedAt) {
        String thread = "outage-" + n;
        String body = "{\"casino_id\":\"aurora-palms\",\"thread_id\":\"" + thread + "\",\"message\":\"Any sushi tonight?\"}";
        HttpResponse<String> response = instance.chat(body, stream ? "text/event-stream" : "application/json", KEY);
        String lastEvent = null;
        if (stream && response.statusCode() == 200) {
            List<HttpFixture.Event> events = HttpFixture.events(response.body());
            lastEvent = events.get(events.size() - 1).name();
        } else if (response.statusCode() != 200) {
            assertEquals(503, response.statusCode(), "a turn Redis could not serve is a 503: " + response.body());
            assertTrue(response.headers().firstValue("Retry-After").isPresent());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        }
        return new Outcome(thread, response.statusCode(), lastEvent, System.currentTimeMillis() - startedAt);
    }

    @Test
    void everyAcknowledgedTurnSurvivesAndServiceResumesWithoutARestart() throws Exception {
        try (RedisServerProcess redis = RedisServerProcess.startDurable()) {
            Map<String, String> env = Map.of("REDIS_URL", redis.url(), "HEYSEVEN_API_KEYS", KEY,
                    "HEYSEVEN_REDIS_READ_TIMEOUT_MS", "500", "HEYSEVEN_REDIS_CONNECT_TIMEOUT_MS", "500");
            try (HttpFixture a = new HttpFixture(env); HttpFixture b = new HttpFixture(env)) {
                List<Outcome> outcomes = new CopyOnWriteArrayList<>();
                AtomicBoolean running = new AtomicBoolean(true);
                long startedAt = System.currentTimeMillis();
                Thread traffic = Thread.ofVirtual().start(() -> {
                    for (int n = 0; running.get(); n++) {
                        outcomes.add(turn(n % 2 == 0 ? a : b, n, n % 3 == 0, startedAt));
                    }
                });
                Thread.sleep(1_000);
                redis.kill();
                long killedAt = System.currentTimeMillis() - startedAt;
                long healthDown = waitForHealth(a, 503);
                assertTrue(healthDown <= 2_000, "/health turned 503 after " + healthDown + " ms");
                Thread.sleep(1_000);
                redis.restart();
                long restartedAt = System.currentTimeMillis() - startedAt;
                waitForHealth(a, 200);
                Thread.sleep(1_000);
                running.set(false);
                traffic.join();

                List<Outcome> acknowledged = outcomes.stream().filter(Outcome::done).toList();
                List<Outcome> failed = outcomes.stream().filter(o -> !o.done()).toList();
                assertTrue(!failed.isEmpty(), "some turns met the outage");
                assertTrue(failed.stream().allMatch(o -> o.status() == 503 || "error".equals(o.lastEvent())), failed.toString());
                CheckpointStore store = a.server.state().ports().checkpoints();
                List<String> lost = new ArrayList<>();
                for (Outcome outcome : acknowledged) {
                    Checkpoint last = store.latest(outcome.thread()).orElse(null);
                    if (last == null || !last.turnComplete() || last.messages().size() != 2) {
                        lost.add(outcome.thread());
                    }
                }
                assertEquals(List.of(), lost, "every turn that sent done is in Redis");
                List<Outcome> afterRestart = outcomes.stream().filter(o -> o.sentAtMillis() > restartedAt + 500).toList();
                assertTrue(!afterRestart.isEmpty() && afterRestart.stream().allMatch(Outcome::done),
                        "turns succeed again without an app restart: " + afterRestart);
                System.out.printf("outage: killed at %d ms, restarted at %d ms; %d turns acknowledged, %d refused%n",
                        killedAt, restartedAt, acknowledged.size(), failed.size());
            }
        }
    }

    /** Polls /health until it answers {@code status}; returns how long that took. */
    private static long waitForHealth(HttpFixture instance, int status) throws InterruptedException {
        long started = System.currentTimeMillis();
        while (instance.get("/health").statusCode() != status) {
            if (System.currentTimeMillis() - started > 10_000) {
                throw new AssertionError("/health never answered " + status);
            }
            Thread.sleep(50);
        }
        return System.currentTimeMillis() - started;
    }
}
