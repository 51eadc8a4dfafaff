package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.firestore.FirestoreEmulator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Firestore down at run time: /health and the requests that need it say 503, and both recover on their own")
class FirestoreOutageIT {

    @Test
    void healthTurns503WithinFiveSecondsAndRecovers() throws Exception {
        try (FirestoreEmulator firestore = FirestoreEmulator.start();
                HttpFixture http = new HttpFixture(Map.of("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT,
                        "FIRESTORE_EMULATOR_HOST", firestore.host(), "HEYSEVEN_FIRESTORE_TIMEOUT_MS", "2000"))) {
            assertEquals(200, http.get("/health").statusCode());

            firestore.kill();
            long started = System.nanoTime();
            HttpResponse<String> health = http.get("/health");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5_000, "within five seconds");
            assertTrue(health.body().contains("\"firestore\""), health.body());
            HttpResponse<String> erase = http.erase("aurora-palms", "g-1", HttpFixture.KEY);
            assertEquals(503, erase.statusCode(), erase.body());
            assertTrue(erase.headers().firstValue("Retry-After").isPresent());
            assertEquals("application/problem+json", erase.headers().firstValue("Content-Type").orElseThrow());

            firestore.restart();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (http.get("/health").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(200, http.get("/health").statusCode(), "recovered without a restart");
        }
    }
}
