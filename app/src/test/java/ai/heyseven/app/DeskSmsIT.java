package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.telnyx.FakeTelnyx;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A texting guest's case over real HTTP with the fake Telnyx: claimed, the host's reply sent once, and never after a STOP. */
class DeskSmsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AURORA = "+17025550100";
    private static final String HOST = "sms-desk-host-key-000001";
    private static KeyPair telnyxKeys;
    private static FakeTelnyx telnyx;
    private static HttpFixture http;

    @BeforeAll
    static void start() throws Exception {
        telnyxKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        telnyx = new FakeTelnyx();
        http = new HttpFixture(Map.of("TELNYX_PUBLIC_KEY", SmsIT.publicKey(telnyxKeys), "TELNYX_API_KEY", "KEY-test", "TELNYX_BASE_URL",
                telnyx.baseUrl().toString(), "HEYSEVEN_STAFF_KEYS", "host:" + HOST + "@aurora-palms"));
    }

    @AfterAll
    static void stop() throws Exception {
        HttpFixture.closeAll(http, telnyx);
    }

    @Test
    void aTextingGuestsCaseIsClaimedAndTheHostsReplyIsTextedOnceAndNeverAfterAStop() throws Exception {
        String guest = "+170255501" + String.format("%02d", (int) (Math.random() * 100));
        text(guest, "I can't stop gambling and I need help");
        HttpFixture.within(Duration.ofSeconds(10), "the agent's answer", () -> telnyx.textsTo(guest).size() == 1);
        String caseId = smsCase();
        String path = "/v1/casinos/aurora-palms/cases/" + caseId;
        assertEquals(200, post(path + "/claim", "{}").statusCode());

        HttpResponse<String> replied = post(path + "/messages", "{\"text\":\"This is Sam from the host team. I can call you now.\"}");
        assertEquals(202, replied.statusCode(), replied.body());
        HttpFixture.within(Duration.ofSeconds(10), "the host's text", () -> telnyx.textsTo(guest).size() == 2);
        Thread.sleep(1_000);
        assertEquals(1, telnyx.textsTo(guest).stream().filter(t -> t.contains("This is Sam from the host team")).count(),
                telnyx.textsTo(guest).toString());

        text(guest, "yes please call");
        HttpFixture.within(Duration.ofSeconds(10), "the guest's text on the case", () -> detail(caseId).path("transcript").toString()
                .contains("yes please call"));
        assertEquals(2, telnyx.textsTo(guest).size(), "the agent does not answer a held conversation");

        text(guest, "STOP");
        HttpFixture.within(Duration.ofSeconds(10), "the STOP confirmation", () -> telnyx.textsTo(guest).size() == 3);
        HttpResponse<String> afterStop = post(path + "/messages", "{\"text\":\"Are you still there?\"}");
        assertEquals(409, afterStop.statusCode(), afterStop.body());
        Thread.sleep(500);
        assertTrue(telnyx.textsTo(guest).stream().noneMatch(t -> t.contains("Are you still there?")), telnyx.textsTo(guest).toString());
    }

    private static String smsCase() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(http.uri("/v1/casinos/aurora-palms/cases?status=open"))
                    .header("X-API-Key", HOST).GET());
            for (JsonNode c : JSON.readTree(list.body())) {
                if (c.path("channel").asText().equals("sms")) {
                    return c.path("case_id").asText();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no SMS case opened");
    }

    private static JsonNode detail(String caseId) {
        try {
            return JSON.readTree(http.send(HttpRequest.newBuilder(http.uri("/v1/casinos/aurora-palms/cases/" + caseId))
                    .header("X-API-Key", HOST).GET()).body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> post(String path, String body) {
        return http.post(path, body, Map.of("X-API-Key", HOST));
    }

    private static void text(String from, String message) {
        HttpResponse<String> response = SmsIT.deliver(http, telnyxKeys, SmsIT.received(UUID.randomUUID().toString(), from, AURORA, message),
                Instant.now().getEpochSecond());
        assertEquals(200, response.statusCode(), response.body());
    }
}
