package ai.heyseven.adapter.local;

import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.telemetry.BoundedStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest {@code capacity} compliance events in this process's memory, each also written to the
 * log (without any message text). For {@code dev} only: {@code prod} records them in Firestore.
 */
public final class InMemoryComplianceEvents implements ComplianceEvents, BoundedStore {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryComplianceEvents.class);

    private final BoundedLog<ComplianceEvent> events;

    public InMemoryComplianceEvents(int capacity) {
        this.events = new BoundedLog<>(capacity);
    }

    @Override
    public void record(ComplianceEvent event) {
        LOG.info("compliance event: {} in {} thread {} ({})", event.layer().wireName(), event.casinoId(), event.threadId(), event.reason());
        events.add(event);
    }

    @Override
    public List<ComplianceEvent> recent(String casinoId, int limit) {
        return events.snapshot().reversed().stream().filter(event -> event.casinoId().equals(casinoId)).limit(limit).toList();
    }

    /** The events held, oldest first. */
    public List<ComplianceEvent> events() {
        return events.snapshot();
    }

    @Override
    public BoundedStore.Fill fill() {
        return events.fill();
    }
}
