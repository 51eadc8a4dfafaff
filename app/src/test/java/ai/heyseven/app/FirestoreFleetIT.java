package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.firestore.FirestoreEmulator;
import ai.heyseven.adapter.redis.RedisServerProcess;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.guest.ProfileValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two instances sharing one Firestore (and one Redis) behave as one")
class FirestoreFleetIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "fleet-cms-secret";
    private static FirestoreEmulator firestore;
    private static RedisServerProcess redis;
    private static Firestore db;
    private static HttpFixture a;
    private static HttpFixture b;

    @BeforeAll
    static void startFleet() throws Exception {
        firestore = FirestoreEmulator.start();
        redis = RedisServerProcess.start();
        db = FirestoreOptions.newBuilder().setProjectId(FirestoreEmulator.PROJECT).setEmulatorHost(firestore.host()).build().getService();
        Map<String, String> env = Map.of("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT, "FIRESTORE_EMULATOR_HOST", firestore.host(),
                "REDIS_URL", redis.url(), "HEYSEVEN_CMS_SECRET", SECRET, "HEYSEVEN_CONFIG_REFRESH_SECONDS", "2");
        // both start at once into an empty Firestore: both try to seed the sample properties
        CompletableFuture<HttpFixture> first = CompletableFuture.supplyAsync(() -> new HttpFixture(env));
        CompletableFuture<HttpFixture> second = CompletableFuture.supplyAsync(() -> new HttpFixture(env));
        a = first.get(120, TimeUnit.SECONDS);
        b = second.get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopFleet() throws Exception {
        HttpFixture.closeAll(a, b, db, redis, firestore);
    }

    private static JsonNode ask(HttpFixture instance, String body) throws Exception {
        HttpResponse<String> response = instance.chat(body, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static boolean replyContains(HttpFixture instance, String body, String text) {
        try {
            return ask(instance, body).get("reply").asText().contains(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSampleCasinosWereSeededOnceWithTheirKnowledge() throws Exception {
        assertTrue(db.collection("casinos").document("aurora-palms").get().get(5, TimeUnit.SECONDS).exists());
        var items = db.collection("casinos").document("aurora-palms").collection("items").get().get(5, TimeUnit.SECONDS);
        assertTrue(items.size() >= 46, "46 sample items (and any a CMS test added): " + items.size());
        assertTrue(db.collection("casinos").document("aurora-palms").collection("items").document("kaze-sushi").get()
                .get(5, TimeUnit.SECONDS).exists());
        assertTrue(ask(b, "{\"casino_id\":\"harbor-lights\",\"message\":\"Any Italian restaurants?\"}").get("reply").asText().length() > 20);
    }

    @Test
    void aCmsUpsertSentToOneIsAnsweredByTheOtherWithinTenSeconds() throws Exception {
        String ramen = """
                {"event":"item.upserted","casino_id":"aurora-palms","item":{"id":"midnight-ramen","category":"dining",
                 "name":"Midnight Ramen Bar","description":"Tonkotsu and shoyu ramen with gyoza, by the pool deck.",
                 "location":"Pool deck","hours":{"mon":"18:00-03:00","tue":"18:00-03:00","wed":"18:00-03:00","thu":"18:00-03:00",
                 "fri":"18:00-03:00","sat":"18:00-03:00","sun":"18:00-03:00"},"price_range":"$$","tags":["ramen","noodles"]}}""";
        HttpResponse<String> sent = a.cms(SECRET, ramen);
        assertEquals(200, sent.statusCode(), sent.body());
        HttpFixture.within(Duration.ofSeconds(10), "instance B answering from the new item", () ->
                replyContains(b, "{\"casino_id\":\"aurora-palms\",\"message\":\"Where can I get tonkotsu ramen?\"}", "Midnight Ramen Bar"));
    }

    @Test
    void aHelplineChangedInFirestoreReachesBothWithoutARestart() throws Exception {
        String distress = "{\"casino_id\":\"harbor-lights\",\"message\":\"I can't stop gambling, I need help\"}";
        db.collection("casinos").document("harbor-lights").update(Map.of("helpline", "1-888-555-0199")).get(5, TimeUnit.SECONDS);
        for (HttpFixture instance : List.of(a, b)) {
            HttpFixture.within(Duration.ofSeconds(10), "the new helpline", () -> replyContains(instance, distress, "1-888-555-0199"));
        }
    }

    @Test
    void anEraseThroughEitherInstanceLeavesNoDocumentThatNamesTheGuest() throws Exception {
        String guest = "guest-erase-4711";
        String thread = ask(a, "{\"casino_id\":\"aurora-palms\",\"guest_id\":\"" + guest + "\",\"message\":\"Any sushi tonight?\"}")
                .get("thread_id").asText();
        ask(a, "{\"casino_id\":\"aurora-palms\",\"guest_id\":\"" + guest + "\",\"thread_id\":\"" + thread
                + "\",\"message\":\"I can't stop gambling\"}");
        a.server.durable().ports().guestProfiles().merge("aurora-palms", guest,
                Map.of(ProfileField.DIETARY, new ProfileValue("vegetarian", ProfileValue.Source.GUEST, Instant.now())));
        // the distress message itself recorded a call-back request for a host (topic "responsible gaming")
        assertEquals(2, documentsNaming(guest).size(), "the profile and the call-back request name the guest before the erase");

        assertEquals(204, b.erase("aurora-palms", guest, HttpFixture.KEY).statusCode());
        assertEquals(List.of(), documentsNaming(guest));
        assertEquals(1, ask(a, "{\"casino_id\":\"aurora-palms\",\"guest_id\":\"" + guest + "\",\"thread_id\":\"" + thread
                + "\",\"message\":\"Any sushi tonight?\"}").get("turn").asInt(), "instance A starts the erased thread anew");
        assertEquals(204, a.erase("aurora-palms", guest, HttpFixture.KEY).statusCode(), "idempotent on the other instance");
        assertTrue(compliancEventsOf("aurora-palms") > 0, "the compliance event is kept, naming the guest only by a hash");
    }

    private static int compliancEventsOf(String casino) throws Exception {
        return db.collection("casinos").document(casino).collection("compliance_events").get().get(5, TimeUnit.SECONDS).size();
    }

    /** Every document anywhere in the database whose path or content contains {@code text}. */
    private static List<String> documentsNaming(String text) throws Exception {
        List<String> naming = new ArrayList<>();
        for (CollectionReference collection : db.listCollections()) {
            walk(collection, text, naming);
        }
        return naming;
    }

    private static void walk(CollectionReference collection, String text, List<String> naming) throws Exception {
        for (DocumentReference document : collection.listDocuments()) {
            DocumentSnapshot snapshot = document.get().get(5, TimeUnit.SECONDS);
            if (snapshot.exists() && (document.getPath().contains(text) || String.valueOf(snapshot.getData()).contains(text))) {
                naming.add(document.getPath());
            }
            for (CollectionReference child : document.listCollections()) {
                walk(child, text, naming);
            }
        }
    }
}
