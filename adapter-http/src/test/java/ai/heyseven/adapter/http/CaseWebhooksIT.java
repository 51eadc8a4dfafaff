package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.desk.Briefing;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.GuestChannel;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Urgent cases posted to a real loopback receiver: signed, retried after failures, given up after the bound. */
class CaseWebhooksIT {
    private static final String SECRET = "desk-alert-secret-0123456789";
    private static final Instant OPENED = Instant.parse("2026-12-07T21:30:00Z");
    private static final CaseWebhooks.Delivery QUICK = new CaseWebhooks.Delivery(Duration.ofMillis(500), 3, Duration.ofMillis(20),
            Duration.ofMillis(80), 10);

    private AlertReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new AlertReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private CaseWebhooks alerts(CaseWebhooks.Delivery delivery) {
        return CaseWebhooks.start(Map.of("aurora-palms", receiver.url()), Rotating.of(WebhookSecret.of(SECRET)), delivery);
    }

    private static DeskCase smsCrisis(String caseId) {
        Briefing briefing = new Briefing("help now", List.of("party: 2"), List.of("crisis"), List.of("\"I lost my savings\""), List.of(),
                "call the guest", "extractive");
        return new DeskCase(caseId, "aurora-palms", "sms:+17025550123", Optional.of("g-7"), GuestChannel.SMS, Optional.of("+17025550123"),
                CaseReason.CRISIS, CaseStatus.OPEN, OPENED, OPENED, Optional.empty(), Optional.empty(), Optional.empty(), briefing,
                List.of(new CaseMessage(CaseMessage.Author.GUEST, "", "I can't stop gambling, I lost my savings", OPENED)));
    }

    @Test
    void postsASignedSlackMessageThatNamesTheCaseAndNeverTheGuest() throws Exception {
        try (CaseWebhooks alerts = alerts(QUICK)) {
            alerts.opened(smsCrisis("case-1"));
            await(() -> alerts.delivered() == 1);

            AlertReceiver.Received post = receiver.received.getFirst();
            assertEquals("application/json", post.contentType());
            assertEquals("v1=" + hmac(post.timestamp() + "." + post.body()), post.signature(), "HMAC-SHA256 of timestamp.body");
            long sent = Long.parseLong(post.timestamp());
            assertTrue(Math.abs(Instant.now().getEpochSecond() - sent) < 60, "a current Unix time: " + sent);
            JsonNode alert = Json.MAPPER.readTree(post.body());
            assertEquals("case-1", alert.path("case_id").asText());
            assertEquals("aurora-palms", alert.path("casino_id").asText());
            assertEquals("crisis", alert.path("reason").asText());
            assertEquals("sms", alert.path("channel").asText());
            assertEquals("2026-12-07T21:30:00Z", alert.path("opened_at").asText());
            assertTrue(alert.path("text").asText().contains("crisis case at aurora-palms"), alert.path("text").asText());
            for (String private_ : List.of("savings", "gambling", "5550123", "g-7", "sms:")) {
                assertFalse(post.body().contains(private_), "no " + private_ + " in " + post.body());
            }
            assertEquals(0, alerts.failures());
        }
    }

    @Test
    void triesAgainAfterAServerErrorAndATimeout() {
        receiver.then(500).then(200, Duration.ofMillis(1_500));
        try (CaseWebhooks alerts = alerts(QUICK)) {
            alerts.opened(smsCrisis("case-2"));
            await(() -> alerts.delivered() == 1);

            assertEquals(3, receiver.received.size(), "a 500, a timeout, then delivered");
            assertEquals(1, receiver.received.stream().map(AlertReceiver.Received::body).distinct().count(), "the same alert each time");
            assertEquals(0, alerts.failures());
        }
    }

    @Test
    void givesUpAfterItsLastAttemptAndCountsIt() throws Exception {
        receiver.then(503).then(503).then(503).then(503);
        try (CaseWebhooks alerts = alerts(QUICK)) {
            alerts.opened(smsCrisis("case-3"));
            await(() -> alerts.failures() == 1);
            Thread.sleep(300);

            assertEquals(3, receiver.received.size(), "three attempts, no fourth");
            assertEquals(0, alerts.delivered());
        }
    }

    @Test
    void aRefusalIsNotTriedAgain() {
        receiver.then(404);
        try (CaseWebhooks alerts = alerts(QUICK)) {
            alerts.opened(smsCrisis("case-4"));
            await(() -> alerts.failures() == 1);

            assertEquals(1, receiver.received.size());
        }
    }

    @Test
    void neverWaitsForTheReceiverAndCountsWhatItCannotHold() {
        receiver.then(200, Duration.ofMillis(400));
        try (CaseWebhooks alerts = alerts(new CaseWebhooks.Delivery(Duration.ofSeconds(2), 1, Duration.ofMillis(10), Duration.ofMillis(10),
                1))) {
            long started = System.nanoTime();
            alerts.opened(smsCrisis("case-5"));
            alerts.opened(smsCrisis("case-6"));
            assertTrue(System.nanoTime() - started < Duration.ofMillis(200).toNanos(), "opened returns at once");

            assertEquals(1, alerts.failures(), "one waiting at most: the second is counted, not queued");
            await(() -> alerts.delivered() == 1);
            assertEquals(1, receiver.received.size());
        }
    }

    @Test
    void aCasinoWithoutAWebhookIsNotAlerted() {
        try (CaseWebhooks alerts = alerts(QUICK)) {
            DeskCase elsewhere = smsCrisis("case-7");
            alerts.opened(new DeskCase("case-7", "other-casino", elsewhere.threadId(), elsewhere.guestId(), elsewhere.channel(),
                    elsewhere.smsTo(), elsewhere.reason(), elsewhere.status(), OPENED, OPENED, Optional.empty(), Optional.empty(),
                    Optional.empty(), elsewhere.briefing(), elsewhere.transcript()));
            alerts.opened(smsCrisis("case-8"));
            await(() -> alerts.delivered() == 1);

            assertEquals(List.of("case-8"), receiver.received.stream().map(post -> caseId(post.body())).toList());
            assertEquals(0, alerts.failures());
        }
    }

    @Test
    void refusesAWebhookWithoutASecretOrWithAnotherScheme() {
        assertThrows(IllegalArgumentException.class,
                () -> CaseWebhooks.start(Map.of("aurora-palms", receiver.url()), Rotating.none(), QUICK));
        assertThrows(IllegalArgumentException.class,
                () -> CaseWebhooks.start(Map.of("aurora-palms", URI.create("ftp://hooks.example/x")), Rotating.of(WebhookSecret.of(SECRET)),
                        QUICK));
    }

    @Test
    void afterCloseAnAlertIsCountedNotThrown() {
        CaseWebhooks alerts = alerts(QUICK);
        alerts.close();
        alerts.opened(smsCrisis("case-9"));
        assertEquals(1, alerts.failures());
    }

    private static String caseId(String body) {
        try {
            return Json.MAPPER.readTree(body).path("case_id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
