package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.firestore.FirestoreEmulator;
import ai.heyseven.adapter.redis.RedisServerProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances share the desk (Firestore's cases, Redis's state): a case opened through one
 * appears on the other's live queue, is claimed there, a second claim through the first is 409, and
 * the guest's host stream held on the first hears the host who works on the second.
 */
class DeskFleetIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARIA = "maria-host-key-fleet-0001";
    private static final String LEO = "leo-host-key-fleet-000002";
    private static final Duration LIVE = Duration.ofSeconds(15);
    private static FirestoreEmulator firestore;
    private static RedisServerProcess redis;
    private static HttpFixture a;
    private static HttpFixture b;

    @BeforeAll
    static void startFleet() throws Exception {
        firestore = FirestoreEmulator.start();
        redis = RedisServerProcess.start();
        Map<String, String> env = Map.of("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT, "FIRESTORE_EMULATOR_HOST", firestore.host(),
                "REDIS_URL", redis.url(), "HEYSEVEN_STAFF_KEYS", "host:" + MARIA + "@aurora-palms,host:" + LEO + "@aurora-palms");
        CompletableFuture<HttpFixture> first = CompletableFuture.supplyAsync(() -> new HttpFixture(env));
        CompletableFuture<HttpFixture> second = CompletableFuture.supplyAsync(() -> new HttpFixture(env));
        a = first.get(120, TimeUnit.SECONDS);
        b = second.get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopFleet() throws Exception {
        HttpFixture.closeAll(a, b, redis, firestore);
    }

    @Test
    void aCaseOpenedOnOneInstanceIsClaimedOnTheOtherAndASecondClaimIsRefused() throws Exception {
        try (SseReader queueOnB = stream(b, "/v1/casinos/aurora-palms/cases/events", Map.of("X-API-Key", MARIA))) {
            assertEquals(200, queueOnB.status());
            JsonNode reply = JSON.readTree(a.chat("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"fleet-" + UUID.randomUUID()
                    + "\",\"message\":\"I can't stop gambling, I lost my savings\"}", "application/json").body());
            String thread = reply.path("thread_id").asText();
            String caseId = null;
            long deadline = System.nanoTime() + LIVE.toNanos();
            while (caseId == null && System.nanoTime() < deadline) {
                JsonNode c = JSON.readTree(queueOnB.next("case", LIVE).data());
                caseId = c.path("thread_id").asText().equals(thread) ? c.path("case_id").asText() : null;
            }
            assertTrue(caseId != null, "the case opened on A reached B's live queue");

            try (SseReader guestOnA = stream(a, "/v1/threads/" + thread + "/host?casino_id=aurora-palms", Map.of("X-API-Key", HttpFixture.KEY))) {
                assertTrue(JSON.readTree(guestOnA.next("host", LIVE).data()).path("name").isNull());
                HttpResponse<String> claimed = b.post("/v1/casinos/aurora-palms/cases/" + caseId + "/claim", "{}", Map.of("X-API-Key", MARIA));
                assertEquals(200, claimed.statusCode(), claimed.body());
                HttpResponse<String> second = a.post("/v1/casinos/aurora-palms/cases/" + caseId + "/claim", "{}", Map.of("X-API-Key", LEO));
                assertEquals(409, second.statusCode(), second.body());
                assertEquals(JSON.readTree(claimed.body()).path("claimed_by_name").asText(),
                        JSON.readTree(guestOnA.next("host", LIVE).data()).path("name").asText(), "A's guest stream sees B's claim");
                assertEquals(202, b.post("/v1/casinos/aurora-palms/cases/" + caseId + "/messages", "{\"text\":\"Maria here, from the desk.\"}",
                        Map.of("X-API-Key", MARIA)).statusCode());
                assertEquals("Maria here, from the desk.", JSON.readTree(guestOnA.next("message", LIVE).data()).path("text").asText());
            }
        }
    }

    private static SseReader stream(HttpFixture instance, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.uri(path)).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        return new SseReader(instance.client(), request.build());
    }
}
