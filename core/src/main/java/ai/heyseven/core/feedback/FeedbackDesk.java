package ai.heyseven.core.feedback;

import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.feedback.Feedback;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.feedback.GuestFeedback;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Clock;
import java.util.Optional;

/**
 * Takes a rating of a conversation: the conversation must exist and belong to a casino the caller
 * may touch (else nothing is learnt of it); the comment is PII-redacted before it is kept; the
 * guest, when the conversation has one, is named only by the hash an erase looks for.
 */
public final class FeedbackDesk implements GuestFeedback {
    private final CheckpointStore checkpoints;
    private final FeedbackStore store;
    private final Telemetry telemetry;
    private final Clock clock;
    private final PiiRedactor redactor = PiiRedactor.standard();

    public FeedbackDesk(CheckpointStore checkpoints, FeedbackStore store, Telemetry telemetry, Clock clock) {
        this.checkpoints = checkpoints;
        this.store = store;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    @Override
    public Optional<String> give(String threadId, int rating, String comment, Optional<String> onlyCasino) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be a whole number from 1 to 5");
        }
        String words = comment == null ? "" : comment.strip();
        if (words.length() > Feedback.MAX_COMMENT) {
            throw new IllegalArgumentException("comment has at most " + Feedback.MAX_COMMENT + " characters");
        }
        Optional<Checkpoint> conversation = checkpoints.latest(threadId)
                .filter(checkpoint -> onlyCasino.map(checkpoint.casinoId()::equals).orElse(true));
        conversation.ifPresent(checkpoint -> {
            String guestKey = checkpoint.guestId() == null ? null : GuestData.guestKey(checkpoint.casinoId(), checkpoint.guestId());
            store.record(new Feedback(checkpoint.casinoId(), threadId, guestKey, rating, redactor.redact(words), clock.instant()));
            telemetry.record(new Measurement.FeedbackGiven(rating));
        });
        return conversation.map(Checkpoint::casinoId);
    }
}
