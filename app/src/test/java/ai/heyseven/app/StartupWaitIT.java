package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.firestore.FirestoreEmulator;
import ai.heyseven.adapter.redis.RedisServerProcess;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A backend that comes up after the server is started: the start waits for it, then serves")
class StartupWaitIT {
    private static final Duration LATE = Duration.ofSeconds(3);

    @Test
    void aFirestoreThatAnswersOnlyAfterAFewSecondsIsWaitedFor() throws Exception {
        try (FirestoreEmulator firestore = FirestoreEmulator.start()) {
            firestore.kill();
            CompletableFuture<Void> comesUp = CompletableFuture.runAsync(firestore::restart,
                    CompletableFuture.delayedExecutor(LATE.toMillis(), TimeUnit.MILLISECONDS));
            long started = System.nanoTime();
            try (HttpFixture http = new HttpFixture(Map.of("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT,
                    "FIRESTORE_EMULATOR_HOST", firestore.host(), "HEYSEVEN_FIRESTORE_TIMEOUT_MS", "1000"))) {
                assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(LATE) >= 0, "it waited");
                comesUp.join();
                assertEquals(200, http.get("/health").statusCode());
                assertEquals(200, http.chat("{\"casino_id\":\"aurora-palms\",\"message\":\"Any sushi?\"}", "application/json")
                        .statusCode(), "the sample properties were seeded once it answered");
            }
        }
    }

    @Test
    void aRedisThatAnswersOnlyAfterAFewSecondsIsWaitedFor() throws Exception {
        try (RedisServerProcess redis = RedisServerProcess.start()) {
            redis.kill();
            CompletableFuture<Void> comesUp = CompletableFuture.runAsync(redis::restart,
                    CompletableFuture.delayedExecutor(LATE.toMillis(), TimeUnit.MILLISECONDS));
            long started = System.nanoTime();
            try (HttpFixture http = new HttpFixture(Map.of("REDIS_URL", redis.url(), "HEYSEVEN_REDIS_CONNECT_TIMEOUT_MS", "200"))) {
                assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(LATE) >= 0, "it waited");
                comesUp.join();
                assertEquals(200, http.get("/health").statusCode());
            }
        }
    }
}
