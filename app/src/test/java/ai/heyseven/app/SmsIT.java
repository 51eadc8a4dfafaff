package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.telnyx.FakeTelnyx;
import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentRecord;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SMS over real HTTP: Telnyx-signed webhooks in, the fake Telnyx API out")
class SmsIT {
    private static final String AURORA = "+17025550100";
    private static KeyPair telnyxKeys;
    private static FakeTelnyx telnyx;
    private static HttpFixture http;

    @BeforeAll
    static void start() throws Exception {
        telnyxKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        telnyx = new FakeTelnyx();
        http = new HttpFixture(Map.of("TELNYX_PUBLIC_KEY", publicKey(telnyxKeys), "TELNYX_API_KEY", "KEY-test", "TELNYX_BASE_URL",
                telnyx.baseUrl().toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        HttpFixture.closeAll(http, telnyx);
    }

    /** The raw 32-byte Ed25519 public key of {@code keys}, in base64: how Telnyx shows it and TELNYX_PUBLIC_KEY takes it. */
    static String publicKey(KeyPair keys) {
        byte[] x509 = keys.getPublic().getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    /** A Telnyx report that a message was not delivered. */
    static String deliveryFailed(String eventId) {
        return """
                {"data":{"event_type":"message.finalized","id":"%s","payload":{"id":"msg-9","to":[{"phone_number":"+17025550142",
                 "status":"delivery_failed"}]}}}""".formatted(eventId);
    }

    /** A fresh fictional guest number (555-01xx in a random area). */
    private static String guest() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "+1" + random.nextInt(200, 1_000) + "55501" + String.format("%02d", random.nextInt(100));
    }

    static String received(String eventId, String from, String to, String text) {
        return received(eventId, from, to, text, Instant.now());
    }

    /** A received text with the carrier's own time of receipt. */
    static String received(String eventId, String from, String to, String text, Instant receivedAt) {
        return """
                {"data":{"event_type":"message.received","id":"%s","occurred_at":"%s","record_type":"event",
                 "payload":{"id":"in-%s","direction":"inbound","from":{"phone_number":"%s"},"to":[{"phone_number":"%s"}],
                 "text":"%s","received_at":"%s"}},"meta":{"attempt":1}}"""
                .formatted(eventId, receivedAt, eventId, from, to, text, receivedAt);
    }

    static HttpResponse<String> deliver(HttpFixture instance, KeyPair keys, String body, long timestamp) {
        return instance.send(signed(instance.uri("/v1/webhooks/sms"), keys, body, timestamp));
    }

    /** A webhook request to {@code uri} signed as Telnyx signs: Ed25519 over timestamp|body. */
    static HttpRequest.Builder signed(java.net.URI uri, KeyPair keys, String body, long timestamp) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(keys.getPrivate());
            ed25519.update((timestamp + "|" + body).getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .header("telnyx-timestamp", Long.toString(timestamp))
                    .header("telnyx-signature-ed25519", Base64.getEncoder().encodeToString(ed25519.sign()))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> text(String from, String message) {
        HttpResponse<String> response = deliver(http, telnyxKeys, received(UUID.randomUUID().toString(), from, AURORA, message),
                Instant.now().getEpochSecond());
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    @Test
    void aSignedQuestionGetsExactlyOneReplyNamingTheBuffetEvenWhenDeliveredTwice() throws Exception {
        String from = guest();
        String body = received(UUID.randomUUID().toString(), from, AURORA, "where is the buffet?");
        HttpResponse<String> first = deliver(http, telnyxKeys, body, Instant.now().getEpochSecond());
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("queued"), first.body());
        HttpResponse<String> again = deliver(http, telnyxKeys, body, Instant.now().getEpochSecond());
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("duplicate"), again.body());
        HttpFixture.within(Duration.ofSeconds(10), "the reply", () -> telnyx.textsTo(from).size() == 1);
        Thread.sleep(500);
        List<String> replies = telnyx.textsTo(from);
        assertEquals(1, replies.size(), "one reply for one event: " + replies);
        assertTrue(replies.get(0).contains("Desert Bloom Buffet"), replies.get(0));
        assertTrue(replies.get(0).startsWith("You're chatting with the AI assistant of Aurora Palms"), "the first reply says it is an AI: " + replies.get(0));
        assertTrue(!replies.get(0).contains("**") && replies.get(0).length() <= 3 * 153, replies.get(0));
        FakeTelnyx.Sent sent = telnyx.requests.stream().filter(request -> request.to().equals(from)).findFirst().orElseThrow();
        assertEquals(AURORA, sent.from());
        assertEquals("Bearer KEY-test", sent.authorization());
    }

    @Test
    void aTextWithNoWordsIsAcknowledgedAndLeftUnansweredWithoutStoppingTheWorker() throws Exception {
        String from = guest();
        for (String empty : List.of("", "   ")) {
            HttpResponse<String> accepted = text(from, empty);
            assertEquals(200, accepted.statusCode(), accepted.body());
        }
        HttpResponse<String> question = text(from, "where is the buffet?");
        assertEquals(200, question.statusCode(), question.body());
        HttpFixture.within(Duration.ofSeconds(10), "the answer to the question", () -> telnyx.textsTo(from).size() == 1);
        Thread.sleep(500);
        assertEquals(1, telnyx.textsTo(from).size(), "nothing was sent for the texts without words");
        assertTrue(telnyx.textsTo(from).get(0).contains("Buffet"), telnyx.textsTo(from).get(0));
    }

    @Test
    void badSignaturesStaleTimestampsAndMissingHeadersAre401AndATruncatedBodyIs400() throws Exception {
        String body = received(UUID.randomUUID().toString(), guest(), AURORA, "hello");
        long now = Instant.now().getEpochSecond();
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertEquals(401, deliver(http, stranger, body, now).statusCode(), "signed with another key");
        assertEquals(401, deliver(http, telnyxKeys, body, now - 400).statusCode(), "more than five minutes old");
        assertEquals(401, deliver(http, telnyxKeys, body, now + 400).statusCode(), "more than five minutes ahead");
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(http.uri("/v1/webhooks/sms"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(401, unsigned.statusCode());
        HttpResponse<String> truncated = deliver(http, telnyxKeys, body.substring(0, body.length() / 2), now);
        assertEquals(400, truncated.statusCode());
        assertEquals("application/problem+json", truncated.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> noSender = deliver(http, telnyxKeys, body.replace("\"from\":{\"phone_number\":", "\"from\":{\"number\":"), now);
        assertEquals(400, noSender.statusCode(), noSender.body());
        assertTrue(noSender.body().contains("data.payload.from.phone_number"), noSender.body());
    }

    private static HttpResponse<String> operator(String path, String body, String key) {
        return http.post(path, body, Map.of("X-API-Key", key));
    }

    @Test
    void theOperatorRecordsOptInsAndSendsOnlyToNumbersThatMayGetIt() throws Exception {
        // a Las Vegas number: its quiet hours are Pacific time's, whatever the hour the test runs
        String to = "+170255501" + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        String message = "{\"to\":\"" + to + "\",\"text\":\"Your suite is ready.\",\"purpose\":\"service\"}";
        HttpResponse<String> refused = operator("/v1/casinos/aurora-palms/sms", message, HttpFixture.KEY);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());

        String optIn = "{\"phone\":\"" + to + "\",\"purpose\":\"service\",\"source\":\"front-desk\","
                + "\"wording\":\"Text me about my stay. Reply STOP to end.\"}";
        HttpResponse<String> recorded = operator("/v1/casinos/aurora-palms/consents", optIn, HttpFixture.KEY);
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertTrue(recorded.body().contains("\"sequence\":1"), recorded.body());
        assertEquals(403, operator("/v1/casinos/aurora-palms/consents", optIn, HttpFixture.HARBOR_KEY).statusCode());
        assertEquals(404, operator("/v1/casinos/atlantis/consents", optIn, HttpFixture.KEY).statusCode());
        assertEquals(400, operator("/v1/casinos/aurora-palms/consents", optIn.replace(to, "702-555-0142"), HttpFixture.KEY).statusCode());

        HttpResponse<String> accepted = operator("/v1/casinos/aurora-palms/sms", message, HttpFixture.KEY);
        assertEquals(202, accepted.statusCode(), accepted.body());
        if (accepted.body().contains("\"sent\"")) {
            assertEquals(List.of("Your suite is ready."), telnyx.textsTo(to));
        } else {
            assertTrue(accepted.body().contains("\"scheduled\""), accepted.body());
            Instant sendAt = Instant.parse(accepted.body().replaceAll(".*\"send_at\":\"([^\"]+)\".*", "$1"));
            assertEquals(java.time.LocalTime.of(8, 0), sendAt.atZone(java.time.ZoneId.of("America/Los_Angeles")).toLocalTime());
        }

        text(to, "STOP");
        HttpFixture.within(Duration.ofSeconds(10), "the STOP confirmation", () -> telnyx.textsTo(to).stream().anyMatch(t -> t.contains("unsubscribed")));
        HttpResponse<String> afterStop = operator("/v1/casinos/aurora-palms/sms", message, HttpFixture.KEY);
        assertEquals(409, afterStop.statusCode());
        assertTrue(afterStop.body().contains("opted out"), afterStop.body());
    }

    @Test
    void aGuestWhoTextsThatTheyCannotStopGamblingIsHelpedAndNeverMarketedToAgain() throws Exception {
        String from = guest();
        String marketing = "{\"phone\":\"" + from + "\",\"purpose\":\"marketing\",\"source\":\"web-form\",\"wording\":\"Offers by text.\"}";
        assertEquals(201, operator("/v1/casinos/aurora-palms/consents", marketing, HttpFixture.KEY).statusCode());
        text(from, "I can't stop gambling and I need help");
        HttpFixture.within(Duration.ofSeconds(10), "the answer", () -> telnyx.textsTo(from).size() == 1);
        assertTrue(telnyx.textsTo(from).get(0).contains("1-800-GAMBLER"), telnyx.textsTo(from).get(0));

        assertEquals(201, operator("/v1/casinos/aurora-palms/consents", marketing, HttpFixture.KEY).statusCode(), "even a new opt-in");
        HttpResponse<String> offer = operator("/v1/casinos/aurora-palms/sms",
                "{\"to\":\"" + from + "\",\"text\":\"Double points tonight!\",\"purpose\":\"marketing\"}", HttpFixture.KEY);
        assertEquals(409, offer.statusCode(), offer.body());
        assertTrue(offer.body().contains("excluded from marketing"), offer.body());
    }

    @Test
    void aStartDeliveredAfterALaterStopDoesNotUndoIt() throws Exception {
        String from = guest();
        Instant start = Instant.now();
        // the guest texted START, then STOP; Telnyx delivered the STOP first (the START's first delivery failed and was retried)
        deliver(http, telnyxKeys, received(UUID.randomUUID().toString(), from, AURORA, "STOP", start.plusSeconds(1)), start.getEpochSecond());
        HttpFixture.within(Duration.ofSeconds(10), "the STOP confirmation", () -> telnyx.textsTo(from).size() == 1);
        deliver(http, telnyxKeys, received(UUID.randomUUID().toString(), from, AURORA, "START", start), start.getEpochSecond());
        text(from, "HELP"); // answered whatever the state: once it is, the START before it was handled
        HttpFixture.within(Duration.ofSeconds(10), "the HELP answer", () -> telnyx.textsTo(from).stream().anyMatch(t -> t.contains("Msg & data rates")));
        List<ConsentEvent.Kind> kinds = http.server.durable().ports().consentLedger().history("aurora-palms", from).stream()
                .map(record -> record.event().kind()).filter(kind -> kind != ConsentEvent.Kind.HELP).toList();
        assertEquals(List.of(ConsentEvent.Kind.STOP), kinds, "the guest's last word was STOP");
        assertTrue(telnyx.textsTo(from).stream().noneMatch(t -> t.contains("subscribed again")), telnyx.textsTo(from).toString());
    }

    @Test
    void deliveryReportsAndOtherEventsAreAcknowledged() {
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> report = deliver(http, telnyxKeys, deliveryFailed(UUID.randomUUID().toString()), now);
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.body().contains("recorded"));
        HttpResponse<String> other = deliver(http, telnyxKeys, "{\"data\":{\"event_type\":\"call.initiated\",\"id\":\"x-1\"}}", now);
        assertEquals(200, other.statusCode());
        assertTrue(other.body().contains("ignored"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STOP|unsubscribed", "Baja por favor|cancelaste", "PARE|cancelada", "退订|退订"})
    void stopIsConfirmedOnceInTheGuestsLanguageThenSilenceUntilStart(String stop, String confirmation) throws Exception {
        String from = guest();
        text(from, stop);
        HttpFixture.within(Duration.ofSeconds(10), "the STOP confirmation", () -> telnyx.textsTo(from).size() == 1);
        assertTrue(telnyx.textsTo(from).get(0).contains(confirmation), telnyx.textsTo(from).get(0));
        text(from, "where is the buffet?");
        Thread.sleep(1_500);
        assertEquals(1, telnyx.textsTo(from).size(), "no answer after STOP: " + telnyx.textsTo(from));

        text(from, "HELP");
        HttpFixture.within(Duration.ofSeconds(10), "the HELP answer", () -> telnyx.textsTo(from).size() == 2);
        assertTrue(telnyx.textsTo(from).get(1).contains("Aurora Palms") && telnyx.textsTo(from).get(1).contains("STOP"),
                telnyx.textsTo(from).get(1));

        text(from, "START");
        HttpFixture.within(Duration.ofSeconds(10), "the START confirmation", () -> telnyx.textsTo(from).size() == 3);
        assertTrue(telnyx.textsTo(from).get(2).contains("subscribed again"), telnyx.textsTo(from).get(2));
        text(from, "where is the buffet?");
        HttpFixture.within(Duration.ofSeconds(10), "an answer again", () -> telnyx.textsTo(from).size() == 4);
        assertTrue(telnyx.textsTo(from).get(3).contains("Desert Bloom Buffet"), telnyx.textsTo(from).get(3));

        List<ConsentRecord> chain = http.server.durable().ports().consentLedger().history("aurora-palms", from);
        assertEquals(List.of(ConsentEvent.Kind.STOP, ConsentEvent.Kind.HELP, ConsentEvent.Kind.START),
                chain.stream().map(record -> record.event().kind()).toList());
        assertTrue(http.server.durable().ports().consentLedger().verify("aurora-palms", from).intact());
    }
}
