package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.firestore.FirestoreEmulator;
import ai.heyseven.adapter.gemini.FakeGemini;
import ai.heyseven.adapter.redis.RedisServerProcess;
import ai.heyseven.adapter.telnyx.FakeTelnyx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@DisplayName("SMS across instances sharing Redis and Firestore: each event answered once, and never lost with an instance")
class SmsFleetIT {
    private static final String AURORA = "+17025550100";

    private static FirestoreEmulator firestore;
    private RedisServerProcess redis;
    private FakeTelnyx telnyx;
    private KeyPair keys;
    private Map<String, String> env;
    private final List<AutoCloseable> running = new ArrayList<>();

    @BeforeAll
    static void startFirestore() {
        firestore = FirestoreEmulator.start();
    }

    @AfterAll
    static void stopFirestore() {
        firestore.close();
    }

    @BeforeEach
    void start() throws Exception {
        redis = RedisServerProcess.start();
        telnyx = new FakeTelnyx();
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] x509 = keys.getPublic().getEncoded();
        // an SMS fleet shares its consent ledger (Firestore) as well as its queue (Redis); it may not start without it
        env = Map.of("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT, "FIRESTORE_EMULATOR_HOST", firestore.host(),
                "REDIS_URL", redis.url(), "TELNYX_API_KEY", "KEY-fleet", "TELNYX_BASE_URL", telnyx.baseUrl().toString(),
                "TELNYX_PUBLIC_KEY", Base64.getEncoder().encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length)),
                "HEYSEVEN_SMS_TAKEOVER_SECONDS", "2");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : running.reversed()) {
            resource.close();
        }
        telnyx.close();
        redis.close();
    }

    private HttpFixture instance() {
        HttpFixture fixture = new HttpFixture(env);
        running.add(fixture);
        return fixture;
    }

    @Test
    void theSameEventDeliveredToTwoInstancesAtOnceGetsOneReply() throws Exception {
        HttpFixture a = instance();
        HttpFixture b = instance();
        for (int i = 0; i < 5; i++) {
            String from = "+1702555" + String.format("%04d", 100 + i);
            String body = SmsIT.received(UUID.randomUUID().toString(), from, AURORA, "where is the buffet?");
            long now = Instant.now().getEpochSecond();
            var one = CompletableFuture.supplyAsync(() -> SmsIT.deliver(a, keys, body, now));
            var two = CompletableFuture.supplyAsync(() -> SmsIT.deliver(b, keys, body, now));
            assertEquals(200, one.get().statusCode());
            assertEquals(200, two.get().statusCode());
            assertTrue(one.get().body().contains("queued") ^ two.get().body().contains("queued"), "one instance takes it");
            HttpFixture.within(Duration.ofSeconds(10), "the reply", () -> telnyx.textsTo(from).size() == 1);
        }
        Thread.sleep(1_000);
        assertEquals(5, telnyx.requests.size(), "one reply per event: " + telnyx.requests);
    }

    @Test
    void anOptOutAcknowledgedByOneInstanceHoldsOnTheOtherFromThatMoment() throws Exception {
        HttpFixture a = instance();
        HttpFixture b = instance();
        List<String> stops = List.of("STOP", "Stop texting me please", "BAJA", "PARAR", "退订");
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            String from = "+1702555" + String.format("%04d", 200 + i);
            guests.add(from);
            long now = Instant.now().getEpochSecond();
            var stop = SmsIT.deliver(a, keys, SmsIT.received(UUID.randomUUID().toString(), from, AURORA, stops.get(i)), now);
            assertEquals(200, stop.statusCode(), stop.body());
            // acknowledged: from now on no instance may answer this guest, whichever worker takes what
            var next = SmsIT.deliver(b, keys, SmsIT.received(UUID.randomUUID().toString(), from, AURORA, "where is the buffet?"), now);
            assertEquals(200, next.statusCode(), next.body());
        }
        try (Jedis jedis = new Jedis(URI.create(redis.url()))) {
            // every text finished (a worker deletes it from the stream once handled): any reply there will be is sent
            HttpFixture.within(Duration.ofSeconds(30), "both workers finishing every text", () -> jedis.xlen("hs:v1:sms:inbound") == 0);
        }
        for (int i = 0; i < guests.size(); i++) {
            List<String> texts = telnyx.textsTo(guests.get(i));
            assertEquals(1, texts.size(), "'" + stops.get(i) + "' then a question: only the opt-out's confirmation, got " + texts);
            assertTrue(!texts.get(0).contains("Buffet"), texts.get(0));
        }
    }

    @Test
    void anInstanceKilledAfterAcceptingAndBeforeReplyingIsCoveredByAnother() throws Exception {
        try (FakeGemini gemini = new FakeGemini()) {
            int port = AppProcess.freePort();
            Map<String, String> dying = new HashMap<>(env);
            dying.putAll(Map.of("HEYSEVEN_PORT", Integer.toString(port), "GEMINI_API_KEY", "k", "GEMINI_BASE_URL", gemini.baseUrl().toString(),
                    "HEYSEVEN_LLM_CALL_TIMEOUT_SECONDS", "120", "HEYSEVEN_API_KEYS", HttpFixture.KEY));
            AppProcess dyingApp = AppProcess.launch(dying);
            Process a = dyingApp.process;
            try {
                dyingApp.awaitReady(port);
                for (int i = 0; i < 10; i++) {
                    gemini.then(new FakeGemini.Reply.Slow(Duration.ofSeconds(60), new FakeGemini.Reply.Text("too late")));
                }
                int before = gemini.requests.size();
                String from = "+17025550177";
                HttpResponse<String> accepted = HttpClient.newHttpClient().send(SmsIT.signed(URI.create("http://127.0.0.1:" + port
                        + "/v1/webhooks/sms"), keys, SmsIT.received(UUID.randomUUID().toString(), from, AURORA, "where is the buffet?"),
                        Instant.now().getEpochSecond()).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, accepted.statusCode(), accepted.body());
                HttpFixture.within(Duration.ofSeconds(10), "instance A starting the turn", () -> gemini.requests.size() > before);
                a.destroyForcibly().waitFor();
                assertEquals(0, telnyx.textsTo(from).size(), "A died before replying");

                instance(); // instance B, with the offline model, takes over what A took and never finished
                HttpFixture.within(Duration.ofSeconds(15), "instance B's reply", () -> telnyx.textsTo(from).size() == 1);
                Thread.sleep(1_000);
                assertEquals(1, telnyx.textsTo(from).size());
                assertTrue(telnyx.textsTo(from).get(0).contains("Desert Bloom Buffet"), telnyx.textsTo(from).get(0));
            } finally {
                a.destroyForcibly();
            }
        }
    }
}
