package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.audit.AuditTrailException;
import com.google.cloud.firestore.Firestore;
import java.util.Map;

/** Audit entries in {@code audit/{auto id}}: who, what, which subject, when — never content. */
final class FirestoreAuditTrail implements AuditTrail {
    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreAuditTrail(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public void record(AuditEntry entry) {
        connection.await(db.collection(Paths.AUDIT).add(Map.of(
                "casino_id", entry.casinoId(),
                "action", entry.action(),
                "subject", entry.subject(),
                "actor", entry.actor(),
                "at", Fields.timestamp(entry.at()))), "recording " + entry.action(), AuditTrailException::new);
    }
}
