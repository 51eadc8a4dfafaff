package ai.heyseven.ports.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * A guest's rating of a conversation's answers.
 *
 * @param guestKey the SHA-256 of casino and guest when the conversation has a guest (so an erase
 *     finds it), else null; never the guest's id
 * @param rating 1 (poor) to 5 (good); the page's thumbs are 5 and 1
 * @param comment what the guest added, PII-redacted, at most {@link #MAX_COMMENT} characters; may be empty
 */
public record Feedback(String casinoId, String threadId, String guestKey, int rating, String comment, Instant at) {
    public static final int MAX_COMMENT = 1_000;

    public Feedback {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(at, "at");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5, got " + rating);
        }
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("a comment has at most " + MAX_COMMENT + " characters");
        }
    }
}
