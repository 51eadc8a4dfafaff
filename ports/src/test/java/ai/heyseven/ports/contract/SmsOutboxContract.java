package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.sms.SmsOutbox;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SmsOutbox} promises; each adapter's test extends this class. */
public abstract class SmsOutboxContract {
    private static final Duration KEEP = Duration.ofMinutes(5);

    protected abstract SmsOutbox outbox();

    @Test
    void theIntentIsRecordedOnceThenTheCarriersId() {
        SmsOutbox outbox = outbox();
        String event = "evt-" + UUID.randomUUID();
        assertTrue(outbox.find(event).isEmpty());
        assertTrue(outbox.intend(event, KEEP));
        assertFalse(outbox.intend(event, KEEP), "a second worker must not send it too");
        assertEquals(Optional.empty(), outbox.find(event).orElseThrow().messageId(), "intended, not yet sent");
        outbox.sent(event, "msg-40017", KEEP);
        assertEquals(Optional.of("msg-40017"), outbox.find(event).orElseThrow().messageId());
    }

    @Test
    void aForgottenIntentMayBeTriedAgain() {
        SmsOutbox outbox = outbox();
        String event = "evt-" + UUID.randomUUID();
        outbox.intend(event, KEEP);
        outbox.forget(event);
        assertTrue(outbox.find(event).isEmpty());
        assertTrue(outbox.intend(event, KEEP));
    }
}
