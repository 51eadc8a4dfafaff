package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.compliance.ComplianceEventsException;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.guest.GuestData;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compliance events in {@code casinos/{casino}/compliance_events/{auto id}}. They are kept after
 * a guest's erase, so the guest is named only by {@code guest_key} ({@link GuestData#guestKey}):
 * compliance can match a known guest's events; the document alone does not name anybody.
 */
final class FirestoreComplianceEvents implements ComplianceEvents {
    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreComplianceEvents(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public void record(ComplianceEvent event) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("thread_id", event.threadId());
        fields.put("guest_key", event.guestId() == null ? null : GuestData.guestKey(event.casinoId(), event.guestId()));
        fields.put("layer", event.layer().name());
        fields.put("reason", event.reason());
        fields.put("at", Fields.timestamp(event.at()));
        connection.await(Paths.complianceEvents(db, event.casinoId()).add(fields), "recording a compliance event of " + event.casinoId(),
                ComplianceEventsException::new);
    }

    /** The newest events; the guest is not named (the documents keep only {@code guest_key}). */
    @Override
    public List<ComplianceEvent> recent(String casinoId, int limit) {
        return connection.await(Paths.complianceEvents(db, casinoId).orderBy("at", Query.Direction.DESCENDING).limit(limit).get(),
                        "reading the compliance events of " + casinoId, ComplianceEventsException::new)
                .getDocuments().stream()
                .map(document -> new ComplianceEvent(casinoId, document.getString("thread_id"), null,
                        GuardrailLayer.valueOf(document.getString("layer")), document.getString("reason"),
                        Fields.instant(document.getTimestamp("at"))))
                .toList();
    }
}
