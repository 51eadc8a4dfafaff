package ai.heyseven.adapter.telnyx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.sms.OutboundSms;
import ai.heyseven.ports.sms.SmsSenderException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Telnyx client against a local server speaking Telnyx's messages API. */
class TelnyxSenderIT {
    private static final OutboundSms MESSAGE = new OutboundSms("+17025550100", "+17025550142", "Desert Bloom Buffet, Level 1.");

    private final FakeTelnyx telnyx = new FakeTelnyx();
    /**
     * A read timeout well above any answer's time on a loaded machine (the first call of a JVM on two
     * busy cores has taken over 500 ms), so only the test of a slow answer, with its own short timeout,
     * ever sees one.
     */
    private final TelnyxSender sender = sender(Duration.ofSeconds(5), Duration.ofSeconds(8));

    private TelnyxSender sender(Duration readTimeout, Duration budget) {
        return new TelnyxSender(telnyx.baseUrl(), "KEY-123", readTimeout, budget, Duration.ofMillis(20), Duration.ofMillis(300));
    }

    TelnyxSenderIT() throws Exception {
    }

    @AfterEach
    void stop() {
        telnyx.close();
    }

    @Test
    void sendsWithTheBearerKeyAndReturnsTelnyxsId() {
        assertEquals("msg-1", sender.send(MESSAGE));
        FakeTelnyx.Sent sent = telnyx.requests.get(0);
        assertEquals("Bearer KEY-123", sent.authorization());
        assertEquals(new FakeTelnyx.Sent("Bearer KEY-123", "+17025550100", "+17025550142", "Desert Bloom Buffet, Level 1."), sent);
    }

    @Test
    void throttlingAndServerErrorsAreRetriedHonouringRetryAfter() {
        telnyx.then(new FakeTelnyx.Reply.Status(429, "1")).then(new FakeTelnyx.Reply.Status(500, null));
        long started = System.nanoTime();
        assertEquals("msg-1", sender.send(MESSAGE));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 1_000, "waited for Retry-After");
        assertEquals(3, telnyx.requests.size());
    }

    @Test
    void aRefusalIsNotRetriedAndSaysItWasNotSent() {
        telnyx.then(new FakeTelnyx.Reply.Status(422, null));
        SmsSenderException e = assertThrows(SmsSenderException.class, () -> sender.send(MESSAGE));
        assertFalse(e.maybeSent());
        assertTrue(e.getMessage().contains("422"), e.getMessage());
        assertEquals(1, telnyx.requests.size());
    }

    @Test
    void aSlowAnswerIsCutAtTheReadTimeoutAndMayHaveBeenSent() {
        TelnyxSender impatient = sender(Duration.ofMillis(500), Duration.ofSeconds(3));
        telnyx.then(new FakeTelnyx.Reply.Slow(Duration.ofSeconds(2), new FakeTelnyx.Reply.Ok()));
        long started = System.nanoTime();
        SmsSenderException e = assertThrows(SmsSenderException.class, () -> impatient.send(MESSAGE));
        assertTrue(e.maybeSent(), "the request went out: resending could send it twice");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1_500);
        assertEquals(1, telnyx.requests.size(), "never retried blindly");
    }

    @Test
    void aMalformedReplyIsAFailure() {
        telnyx.then(new FakeTelnyx.Reply.Raw("<html>oops</html>"));
        assertThrows(SmsSenderException.class, () -> sender.send(MESSAGE));
    }

    @Test
    void theBreakerOpensOnRepeatedFailuresRefusesWithoutCallingAndRecovers() throws Exception {
        for (int i = 0; i < 12; i++) {
            telnyx.then(new FakeTelnyx.Reply.Status(503, null));
        }
        while (!sender.breakerState().equals("open")) {
            assertThrows(SmsSenderException.class, () -> sender.send(MESSAGE));
            assertTrue(telnyx.requests.size() <= 12, "opens within the window");
        }
        telnyx.clearScript();
        int calls = telnyx.requests.size();
        SmsSenderException refused = assertThrows(SmsSenderException.class, () -> sender.send(MESSAGE));
        assertTrue(refused.getMessage().contains("circuit breaker is open"), refused.getMessage());
        assertEquals(calls, telnyx.requests.size(), "an open breaker does not call Telnyx");
        Thread.sleep(400);
        assertTrue(sender.send(MESSAGE).startsWith("msg-"));
        assertTrue(sender.send(MESSAGE).startsWith("msg-"));
        assertEquals("closed", sender.breakerState());
    }
}
