package ai.heyseven.ports.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What became of each reply, fleet-wide: the intent is recorded before the carrier is called and
 * the carrier's message id after, so a worker that takes over a message can tell "sent" (do
 * nothing), "never tried" (send) and "its worker died while sending" (the one window the protocol
 * leaves: recorded and reported, never resent blindly). Every method answers within the store's
 * own timeout or throws {@link SmsQueueException}.
 */
public interface SmsOutbox {

    /**
     * Records the intent to send the reply to {@code eventId}.
     *
     * @return false when an intent was already recorded (by any instance): do not send
     */
    boolean intend(String eventId, Duration keep);

    /** Records the carrier's id of the reply to {@code eventId}. */
    void sent(String eventId, String messageId, Duration keep);

    /** Removes the intent: the carrier refused the reply, so a retry may send it. */
    void forget(String eventId);

    /** What is recorded of the reply to {@code eventId}. */
    Optional<Reply> find(String eventId);

    /**
     * A reply's record.
     *
     * @param messageId the carrier's id once sent; empty while (or if) the send did not finish
     */
    record Reply(Instant intendedAt, Optional<String> messageId) { }
}
