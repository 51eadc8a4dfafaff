package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.feedback.Feedback;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.feedback.FeedbackStoreException;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ratings in {@code casinos/{casino}/feedback/{auto id}}: the thread, the guest only as
 * {@code guest_key}, the rating, the redacted comment, the time. An erase deletes the guest's.
 */
final class FirestoreFeedbackStore implements FeedbackStore {
    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreFeedbackStore(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public void record(Feedback feedback) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("thread_id", feedback.threadId());
        fields.put("guest_key", feedback.guestKey());
        fields.put("rating", feedback.rating());
        fields.put("comment", feedback.comment());
        fields.put("at", Fields.timestamp(feedback.at()));
        connection.await(Paths.feedback(db, feedback.casinoId()).add(fields), "recording feedback of " + feedback.casinoId(),
                FeedbackStoreException::new);
    }

    @Override
    public List<Feedback> recent(String casinoId, int limit) {
        List<Feedback> recent = new ArrayList<>();
        for (DocumentSnapshot document : connection.await(Paths.feedback(db, casinoId).orderBy("at", Query.Direction.DESCENDING)
                .limit(limit).get(), "listing feedback of " + casinoId, FeedbackStoreException::new).getDocuments()) {
            Long rating = document.getLong("rating");
            if (rating == null) {
                throw new FeedbackStoreException("feedback " + document.getId() + " of " + casinoId + " has no rating", null);
            }
            recent.addFirst(new Feedback(casinoId, Fields.requiredText(document, "thread_id"), document.getString("guest_key"),
                    rating.intValue(), Fields.text(document, "comment", ""),
                    Fields.instant(document.get("at", Timestamp.class))));
        }
        return recent;
    }

    @Override
    public int eraseGuest(String casinoId, String guestKey) {
        return connection.deleteAll(Paths.feedback(db, casinoId).whereEqualTo("guest_key", guestKey),
                "a guest's feedback of " + casinoId, FeedbackStoreException::new);
    }
}
