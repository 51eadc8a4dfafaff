package ai.heyseven.adapter.local;

import ai.heyseven.ports.feedback.Feedback;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.telemetry.BoundedStore;
import java.util.List;
import java.util.Objects;

/** The newest {@code capacity} ratings in this process's memory, for {@code dev} and tests. */
public final class InMemoryFeedbackStore implements FeedbackStore, BoundedStore {
    private final BoundedLog<Feedback> ratings;

    public InMemoryFeedbackStore(int capacity) {
        this.ratings = new BoundedLog<>(capacity);
    }

    @Override
    public void record(Feedback feedback) {
        ratings.add(Objects.requireNonNull(feedback, "feedback"));
    }

    @Override
    public List<Feedback> recent(String casinoId, int limit) {
        List<Feedback> theirs = ratings.snapshot().stream().filter(feedback -> feedback.casinoId().equals(casinoId)).toList();
        return theirs.subList(Math.max(0, theirs.size() - limit), theirs.size());
    }

    @Override
    public int eraseGuest(String casinoId, String guestKey) {
        return ratings.removeIf(feedback -> feedback.casinoId().equals(casinoId) && guestKey.equals(feedback.guestKey()));
    }

    @Override
    public BoundedStore.Fill fill() {
        return ratings.fill();
    }
}
