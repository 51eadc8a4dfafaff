package ai.heyseven.core.feedback;

import ai.heyseven.core.desk.CaseOpener;
import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.feedback.Feedback;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.feedback.GuestFeedback;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a rating of a conversation: the conversation must exist and belong to a casino the caller
 * may touch (else nothing is learnt of it); the comment is PII-redacted before it is kept; the
 * guest, when the conversation has one, is named only by the hash an erase looks for. A rating of 1
 * or 2 opens a case for the hosts.
 */
public final class FeedbackDesk implements GuestFeedback {
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackDesk.class);
    private final CheckpointStore checkpoints;
    private final FeedbackStore store;
    private final Telemetry telemetry;
    private final Clock clock;
    private final PiiRedactor redactor = PiiRedactor.standard();
    private final Optional<CaseOpener> desk;

    /** With {@code desk}, a rating of 1 or 2 opens a {@code low_rating} case for the hosts. */
    public FeedbackDesk(CheckpointStore checkpoints, FeedbackStore store, Telemetry telemetry, Clock clock, Optional<CaseOpener> desk) {
        this.desk = desk;
        this.checkpoints = checkpoints;
        this.store = store;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /** The highest rating a host looks at. */
    static final int LOW = 2;

    /** The rating is kept whatever becomes of the case. */
    private static void lowRating(CaseOpener opener, Checkpoint conversation, int rating) {
        try {
            opener.recordFromConversation(conversation.casinoId(), conversation.threadId(), conversation.guestId(), CaseReason.LOW_RATING,
                    "answer " + rating + " of 5");
        } catch (BackendException e) {
            LOG.error("a rating of {} in {} was kept, but its case for the hosts could not be opened", rating, conversation.casinoId(), e);
        }
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
            if (rating <= LOW) {
                desk.ifPresent(opener -> lowRating(opener, checkpoint, rating));
            }
        });
        return conversation.map(Checkpoint::casinoId);
    }
}
