package ai.heyseven.adapter.local;

import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.compliance.ComplianceEvents;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest {@code capacity} compliance events in this process's memory, each also written to the
 * log (without any message text). For {@code dev} only: {@code prod} records them in Firestore.
 */
public final class InMemoryComplianceEvents implements ComplianceEvents {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryComplianceEvents.class);

    private final int capacity;
    private final Deque<ComplianceEvent> events;
    private final ReentrantLock lock = new ReentrantLock();

    public InMemoryComplianceEvents(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 1_024));
    }

    @Override
    public void record(ComplianceEvent event) {
        LOG.info("compliance event: {} in {} thread {} ({})", event.layer().wireName(), event.casinoId(), event.threadId(), event.reason());
        lock.lock();
        try {
            if (events.size() == capacity) {
                events.removeFirst();
            }
            events.addLast(event);
        } finally {
            lock.unlock();
        }
    }

    /** The events held, oldest first. */
    public List<ComplianceEvent> events() {
        lock.lock();
        try {
            return List.copyOf(events);
        } finally {
            lock.unlock();
        }
    }
}
