package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.ContentChange;
import ai.heyseven.ports.knowledge.OpenSpan;
import ai.heyseven.ports.ratelimit.RateDecision;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CMS webhook's HTTP side over a real server: signature, body checks and the answers the CMS acts on. */
class CmsWebhookIT {
    private static final WebhookSecret SECRET = WebhookSecret.of("cms-test-secret");
    private static final String UPSERT = """
            {"event":"item.upserted","casino_id":"aurora-palms","item":{"id":"kaze-sushi","category":"dining",
             "name":"Kaze Sushi","description":"Omakase — 寿司","location":"Level 2","hours":{"fri":"17:00-02:00"},
             "price_range":"$$$","tags":["sushi"],"updated_at":"2026-11-24T18:00:00+01:00"}}""";

    private final RecordingUpdates updates = new RecordingUpdates();
    private final HttpServer server = server(Optional.of(SECRET));

    private HttpServer server(Optional<WebhookSecret> secret) {
        return HttpServer.start(new HttpSettings("127.0.0.1", 0, ApiKeys.parse("chat-key"), Duration.ofSeconds(5), Duration.ofSeconds(5),
                false, secret, Optional.empty()), new DrivingPorts(new SlowConcierge(), updates, (casino, guest, actor) -> Optional.empty(),
                new RefusingSms(), new RefusingSms(), (thread, rating, comment, casino) -> Optional.empty()), key -> new RateDecision(false, 0, Duration.ofSeconds(60)), HealthSources.of(List.of()),
                new BuildInfo("test", "test"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpResponse<String> post(HttpServer target, byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/v1/webhooks/cms"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(10));
        if (signature != null) {
            request.header("X-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signed(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(server, bytes, SECRET.sign(bytes));
    }

    @Test
    void aSignedUpsertReachesThePortAsTheItemItDescribes() throws Exception {
        HttpResponse<String> response = signed(UPSERT);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"status\":\"ingested\",\"casino_id\":\"aurora-palms\",\"item_id\":\"kaze-sushi\"}", response.body());
        ContentChange.Upserted change = (ContentChange.Upserted) updates.applied.get(0);
        assertEquals(Intent.DINING, change.item().category());
        assertEquals("Omakase — 寿司", change.item().description());
        assertEquals(new OpenSpan(LocalTime.of(17, 0), LocalTime.of(2, 0)), change.item().hours().on(DayOfWeek.FRIDAY).orElseThrow());
        assertEquals(Optional.of(Instant.parse("2026-11-24T17:00:00Z")), change.updatedAt());
    }

    @Test
    void needsNoApiKeyAndIsNotRateLimitedLikeTheChat() throws Exception {
        assertEquals(200, signed(UPSERT).statusCode(), "the limiter here refuses everything, the key is absent");
    }

    @Test
    void theSameChangeTwiceAnswers200BothTimes() throws Exception {
        assertEquals(200, signed(UPSERT).statusCode());
        HttpResponse<String> again = signed(UPSERT);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"unchanged\""), again.body());
    }

    @Test
    void aWrongMissingOrMalformedSignatureIs401AndReachesNothing() throws Exception {
        byte[] body = UPSERT.getBytes(StandardCharsets.UTF_8);
        for (String signature : new String[] {WebhookSecret.of("another-secret").sign(body), null, "sha256=zz", "md5=abc",
                SECRET.sign((UPSERT + " ").getBytes(StandardCharsets.UTF_8))}) {
            HttpResponse<String> response = post(server, body, signature);
            assertEquals(401, response.statusCode(), String.valueOf(signature));
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.body().contains("bad-signature"), response.body());
        }
        assertEquals(List.of(), updates.applied);
    }

    @Test
    void aTruncatedBodyIs400SignedOrNot() throws Exception {
        byte[] truncated = UPSERT.substring(0, UPSERT.length() / 2).getBytes(StandardCharsets.UTF_8);
        assertEquals(400, post(server, truncated, SECRET.sign(truncated)).statusCode());
        HttpResponse<String> cut = post(server, truncated, SECRET.sign(UPSERT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, cut.statusCode());
        assertTrue(cut.body().contains("not valid JSON"), cut.body());
        assertEquals(List.of(), updates.applied);
    }

    @Test
    void anItemThatBreaksTheFormatIs400NamingTheField() throws Exception {
        String[][] cases = {
            {UPSERT.replace("\"dining\"", "\"casino-ish\""), "category"},
            {UPSERT.replace("\"17:00-02:00\"", "\"5pm\""), "hours"},
            {UPSERT.replace("\"fri\"", "\"friday\""), "friday"},
            {UPSERT.replace("\"name\":\"Kaze Sushi\",", ""), "'name' is required"},
            {UPSERT.replace("\"price_range\"", "\"price\""), "unknown field 'price'"},
            {UPSERT.replace("+01:00", " tomorrow"), "updated_at"},
            {UPSERT.replace("item.upserted", "item.renamed"), "event"},
            {UPSERT.replace("kaze-sushi", "kaze sushi!"), "'id'"},
            {"{\"event\":\"item.deleted\",\"casino_id\":\"aurora-palms\"}", "'item_id' is required"},
            {"[1,2]", "JSON object"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = signed(c[0]);
            assertEquals(400, response.statusCode(), c[1] + ": " + response.body());
            assertTrue(response.body().contains(c[1]), c[1] + ": " + response.body());
        }
        assertEquals(List.of(), updates.applied);
    }

    @Test
    void keepsTheTranslationsOfEachFieldAndTakesTwentyFourHundredAsMidnight() throws Exception {
        HttpResponse<String> response = signed(UPSERT.replace("\"17:00-02:00\"", "\"10:00-24:00\"").replace("\"tags\"",
                "\"translations\":{\"es\":{\"description\":\"Omakase de 12 asientos\",\"location\":\"Nivel 2\"},"
                        + "\"zh\":{\"name\":\"风寿司\"}},\"tags\""));
        assertEquals(200, response.statusCode(), response.body());
        var item = ((ContentChange.Upserted) updates.applied.get(0)).item();
        assertEquals("Omakase de 12 asientos", item.description(GuestLanguage.ES));
        assertEquals("Nivel 2", item.location(GuestLanguage.ES));
        assertEquals("Kaze Sushi", item.name(GuestLanguage.ES));
        assertEquals("风寿司", item.name(GuestLanguage.ZH));
        assertEquals(new OpenSpan(LocalTime.of(10, 0), LocalTime.MIDNIGHT), item.hours().on(DayOfWeek.FRIDAY).orElseThrow());
    }

    @Test
    void aBadTranslationIs400NamingIt() throws Exception {
        String[][] cases = {
            {"{\"fr\":{\"description\":\"Omakase\"}}", "'fr' is not a language Hey Seven speaks"},
            {"{\"es\":{\"description\":42}}", "'translations.es.description' must be a string"},
            {"{\"es\":\"Omakase\"}", "'translations.es' must be an object"},
            {"{\"es\":{\"menu\":\"sushi\"}}", "unknown field 'menu' in translations.es"},
            {"{\"es\":{}}", "a translation needs at least one of name, description and location"},
            {"[\"es\"]", "'translations' must be an object by language"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = signed(UPSERT.replace("\"tags\"", "\"translations\":" + c[0] + ",\"tags\""));
            assertEquals(400, response.statusCode(), c[1] + ": " + response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.body().contains(c[1]), c[1] + ": " + response.body());
        }
        assertEquals(List.of(), updates.applied);
    }

    @Test
    void anUnknownCasinoIs400() throws Exception {
        HttpResponse<String> response = signed(UPSERT.replace("aurora-palms", "nowhere"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("unknown-casino"), response.body());
    }

    @Test
    void withoutASecretEveryCallIsRefused() throws Exception {
        try (HttpServer unconfigured = server(Optional.empty())) {
            byte[] body = UPSERT.getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = post(unconfigured, body, SECRET.sign(body));
            assertEquals(401, response.statusCode());
            assertTrue(response.body().contains("HEYSEVEN_CMS_SECRET"), response.body());
        }
        assertEquals(List.of(), updates.applied);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        byte[] huge = UPSERT.replace("Omakase", "x".repeat(CmsWebhookRoute.MAX_BODY_BYTES)).getBytes(StandardCharsets.UTF_8);
        assertEquals(413, post(server, huge, SECRET.sign(huge)).statusCode());
    }
}
