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
            startsOnceItAnswers(firestore::restart, Map.of("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT,
                    "FIRESTORE_EMULATOR_HOST", firestore.host(), "HEYSEVEN_FIRESTORE_TIMEOUT_MS", "1000"));
        }
    }

    @Test
    void aRedisThatAnswersOnlyAfterAFewSecondsIsWaitedFor() throws Exception {
        try (RedisServerProcess redis = RedisServerProcess.start()) {
            redis.kill();
            startsOnceItAnswers(redis::restart, Map.of("REDIS_URL", redis.url(), "HEYSEVEN_REDIS_CONNECT_TIMEOUT_MS", "200"));
        }
    }

    /** Starts an instance with {@code env} while its backend is down, brings the backend up {@link #LATE} later, and checks it serves. */
    private static void startsOnceItAnswers(Runnable backendComesUp, Map<String, String> env) {
        CompletableFuture<Void> comesUp = CompletableFuture.runAsync(backendComesUp,
                CompletableFuture.delayedExecutor(LATE.toMillis(), TimeUnit.MILLISECONDS));
        long started = System.nanoTime();
        try (HttpFixture http = new HttpFixture(env)) {
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(LATE) >= 0, "it waited");
            comesUp.join();
            assertEquals(200, http.get("/health").statusCode());
            assertEquals(200, http.chat("{\"casino_id\":\"aurora-palms\",\"message\":\"Any sushi?\"}", "application/json")
                    .statusCode(), "it serves (with Firestore: the sample properties were seeded once it answered)");
        }
    }
}
