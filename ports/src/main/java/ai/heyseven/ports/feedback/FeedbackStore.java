package ai.heyseven.ports.feedback;

import java.util.List;

/** Where feedback is kept (Firestore in {@code prod}). */
public interface FeedbackStore {

    /**
     * Keeps one rating durably before returning.
     *
     * @throws FeedbackStoreException when it could not be kept
     */
    void record(Feedback feedback);

    /** The newest {@code limit} ratings of {@code casinoId}, oldest first. */
    List<Feedback> recent(String casinoId, int limit);

    /** Removes every rating of the guest known by {@code guestKey} at {@code casinoId}; returns how many. */
    int eraseGuest(String casinoId, String guestKey);
}
