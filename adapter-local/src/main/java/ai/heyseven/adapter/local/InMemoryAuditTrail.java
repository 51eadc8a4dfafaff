package ai.heyseven.adapter.local;

import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.telemetry.BoundedStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest {@code capacity} audit entries in this process's memory, each also written to the
 * log. For {@code dev} only: {@code prod} records them in Firestore.
 */
public final class InMemoryAuditTrail implements AuditTrail, BoundedStore {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryAuditTrail.class);

    private final BoundedLog<AuditEntry> entries;

    public InMemoryAuditTrail(int capacity) {
        this.entries = new BoundedLog<>(capacity);
    }

    @Override
    public void record(AuditEntry entry) {
        LOG.info("audit: {} {} in {} by {}", entry.action(), entry.subject(), entry.casinoId(), entry.actor());
        entries.add(entry);
    }

    /** The entries held, oldest first. */
    public List<AuditEntry> entries() {
        return entries.snapshot();
    }

    @Override
    public BoundedStore.Fill fill() {
        return entries.fill();
    }
}
