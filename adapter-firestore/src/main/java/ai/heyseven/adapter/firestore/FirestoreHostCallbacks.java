package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.tools.CallbackRequest;
import ai.heyseven.ports.tools.HostCallbacks;
import ai.heyseven.ports.tools.HostCallbacksException;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Host call-back requests in {@code casinos/{casino}/callbacks/{auto id}}: written before the
 * guest is told, listed for the hosts, erased with the guest. The reference a guest gets is the
 * document's id.
 */
final class FirestoreHostCallbacks implements HostCallbacks {
    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreHostCallbacks(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public String request(CallbackRequest request) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("thread_id", request.threadId());
        fields.put("guest_id", request.guestId());
        fields.put("topic", request.topic());
        fields.put("at", Fields.timestamp(request.at()));
        fields.put("status", "open");
        DocumentReference document = connection.await(Paths.callbacks(db, request.casinoId()).add(fields),
                "recording a call-back request of " + request.casinoId(), HostCallbacksException::new);
        return "CB-" + document.getId();
    }

    @Override
    public int eraseGuest(String casinoId, String guestId) {
        return connection.deleteAll(Paths.callbacks(db, casinoId).whereEqualTo("guest_id", guestId),
                "a guest's call-back requests of " + casinoId, HostCallbacksException::new);
    }

    @Override
    public List<CallbackRequest> pending(String casinoId, int limit) {
        List<CallbackRequest> requests = new ArrayList<>();
        for (DocumentSnapshot document : connection.await(Paths.callbacks(db, casinoId).orderBy("at", Query.Direction.DESCENDING)
                .limit(limit).get(), "listing call-back requests of " + casinoId, HostCallbacksException::new).getDocuments()) {
            requests.addFirst(new CallbackRequest(casinoId, Fields.requiredText(document, "thread_id"), document.getString("guest_id"),
                    Fields.text(document, "topic", ""), Fields.instant(document.get("at", Timestamp.class))));
        }
        return requests;
    }
}
