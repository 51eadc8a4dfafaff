package ai.heyseven.ports.feedback;

import java.util.Optional;

/** Driving port: a rating of a conversation, from the chat page or an API client. */
public interface GuestFeedback {

    /**
     * Records a rating of the conversation {@code threadId}.
     *
     * @param onlyCasino the casino the caller may touch (a scoped key or a page token), or empty for any
     * @param comment optional words; PII-redacted before it is kept
     * @return the casino the rating was recorded for; empty when the conversation is unknown, or
     *     belongs to a casino the caller may not touch (the caller learns nothing of it)
     * @throws IllegalArgumentException for a rating outside 1–5 or a comment over {@link Feedback#MAX_COMMENT} characters
     */
    Optional<String> give(String threadId, int rating, String comment, Optional<String> onlyCasino);
}
