package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.firestore.FirestoreEmulator;
import ai.heyseven.ports.telemetry.BoundedStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@DisplayName("One instance on Firestore, through real HTTP: a promised host is recorded, an unknown casino costs nothing")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirestoreHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FirestoreEmulator firestore;
    private static Firestore db;
    private static HttpFixture http;

    @BeforeAll
    static void start() throws Exception {
        firestore = FirestoreEmulator.start();
        db = FirestoreOptions.newBuilder().setProjectId(FirestoreEmulator.PROJECT).setEmulatorHost(firestore.host()).build().getService();
        http = new HttpFixture(Map.of("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT, "FIRESTORE_EMULATOR_HOST", firestore.host()));
    }

    @AfterAll
    static void stop() throws Exception {
        HttpFixture.closeAll(http, db, firestore);
    }

    private static JsonNode ask(String body) throws Exception {
        HttpResponse<String> response = http.chat(body, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** The host desk's cases of a conversation, as Firestore holds them (the top-level {@code cases} collection). */
    private static List<QueryDocumentSnapshot> casesOf(String casino, String thread) throws Exception {
        return db.collection("cases").whereEqualTo("casino_id", casino).whereEqualTo("thread_id", thread).get()
                .get(5, TimeUnit.SECONDS).getDocuments();
    }

    private static void assertUnknownCasino(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("unknown-casino"), response.body());
    }

    @Test
    @Order(1)
    void aRequestForAPersonLandsInFirestoreWhereHostsListThem() throws Exception {
        JsonNode reply = ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"guest-asks-1\",\"message\":\"Can I talk to a real person please?\"}");
        String thread = reply.get("thread_id").asText();
        assertTrue(reply.get("reply").asText().contains("I've asked a host"), reply.toString());

        List<QueryDocumentSnapshot> recorded = casesOf("aurora-palms", thread);
        assertEquals(1, recorded.size(), "one case, in the cases collection");
        assertEquals("guest-asks-1", recorded.get(0).getString("guest_id"));
        assertEquals("human_requested", recorded.get(0).getString("reason"));
        assertEquals("open", recorded.get(0).getString("status"));
        assertTrue(http.server.durable().ports().cases().list("aurora-palms", java.util.Optional.empty(), 100).stream()
                .anyMatch(c -> c.threadId().equals(thread)), "listed where hosts look: the host desk's queue");
    }

    @Test
    @Order(2)
    void aGuestInDistressIsRecordedForAHostWithTheirWordsRedacted() throws Exception {
        JsonNode reply = ask("{\"casino_id\":\"harbor-lights\",\"guest_id\":\"guest-distress-1\","
                + "\"message\":\"I lost my rent money tonight and I can't stop gambling, mail me at rent.lost@example.com\"}");
        assertEquals("responsible_gaming", reply.get("guardrail").asText());

        List<QueryDocumentSnapshot> recorded = casesOf("harbor-lights", reply.get("thread_id").asText());
        assertEquals(1, recorded.size());
        assertEquals("responsible_gaming", recorded.get(0).getString("reason"));
        assertTrue(String.valueOf(recorded.get(0).getData()).contains("rent money"), "the host reads what the guest said");
        assertFalse(String.valueOf(recorded.get(0).getData()).contains("rent.lost@example.com"), "redacted: " + recorded.get(0).getData());
    }

    @Test
    @Order(3)
    void aGoldGuestsAnniversaryRoomIsOfferedFromThePolicyAndAccountSeededIntoFirestore() throws Exception {
        JsonNode reply = ask("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"guest-gold\","
                + "\"message\":\"any chance of a comp on my room? it's our anniversary\"}");

        assertTrue(reply.get("reply").asText().contains("room credit of up to $250"), reply.toString());
        assertEquals("Gold", db.collection("casinos").document("aurora-palms").collection("players").document("guest-gold").get()
                .get(5, TimeUnit.SECONDS).getString("tier"), "the account the dev profile seeded, where an integration writes it");
        assertTrue(db.collection("casinos").document("aurora-palms").collection("settings").document("comp_policy").get()
                .get(5, TimeUnit.SECONDS).exists());
    }

    @Test
    @Order(3)
    void unknownCasinosAre404AndNeverTakeAPlaceInTheConfigurationCache() {
        BoundedStore configs = (BoundedStore) http.server.durable().ports().casinoConfigs();
        long cached = configs.fill().size();
        for (int i = 0; i < 50; i++) {
            assertUnknownCasino(http.erase("no-such-" + UUID.randomUUID(), "g-1", HttpFixture.KEY));
        }
        assertUnknownCasino(http.erase("..", "g-1", HttpFixture.KEY));
        assertEquals(cached, configs.fill().size(), "the configuration cache holds known casinos only");
    }

    @Test
    @Order(4)
    void withFirestoreDownTheGuestIsNotPromisedAHostAndAnUnknownCasinoIsStill404() throws Exception {
        firestore.kill();
        try {
            // an unknown casino is told apart from the known-id list: no Firestore read, so no 503 either
            assertUnknownCasino(http.erase("no-such-" + UUID.randomUUID(), "g-1", HttpFixture.KEY));

            JsonNode reply = ask("{\"casino_id\":\"aurora-palms\",\"message\":\"Can I talk to a real person please?\"}");
            String text = reply.get("reply").asText();
            assertFalse(text.contains("asked"), "no promise over a failed write: " + text);
            assertTrue(text.contains("front desk"), text);
        } finally {
            firestore.restart();
            HttpFixture.within(Duration.ofSeconds(30), "/health back to 200", () -> http.get("/health").statusCode() == 200);
        }
    }
}
