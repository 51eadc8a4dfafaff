package ai.heyseven.adapter.local;

import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.SmsQueue;
import ai.heyseven.ports.sms.SmsQueueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SMS queue in this process's memory, for {@code dev} without Redis: at most {@code capacity}
 * unfinished messages (beyond that an enqueue is refused, so the carrier retries); what a worker
 * took and did not finish is handed out again after the idle time. Gone when the process stops.
 */
public final class InMemorySmsQueue implements SmsQueue {
    private final int capacity;
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private long sequence;

    private static final class Entry {
        final InboundSms message;
        String worker;
        Instant takenAt;
        int deliveries;

        Entry(InboundSms message) {
            this.message = message;
        }
    }

    public InMemorySmsQueue(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public void enqueue(InboundSms message) {
        lock.lock();
        try {
            if (entries.size() >= capacity) {
                throw new SmsQueueException("the in-memory SMS queue is full (" + capacity + " messages)", null);
            }
            entries.put(Long.toString(++sequence), new Entry(message));
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Queued> take(String worker, int max, Duration wait) {
        lock.lock();
        try {
            long nanos = wait.toNanos();
            while (entries.values().stream().noneMatch(entry -> entry.worker == null) && nanos > 0) {
                nanos = added.awaitNanos(nanos);
            }
            return handOut(worker, max, entry -> entry.worker == null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Queued> reclaim(String worker, Duration idle, int max) {
        lock.lock();
        try {
            Instant before = clock.instant().minus(idle);
            return handOut(worker, max, entry -> entry.worker != null && entry.takenAt.isBefore(before));
        } finally {
            lock.unlock();
        }
    }

    private List<Queued> handOut(String worker, int max, java.util.function.Predicate<Entry> eligible) {
        List<Queued> out = new ArrayList<>();
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            if (out.size() == max) {
                break;
            }
            if (eligible.test(entry.getValue())) {
                Entry queued = entry.getValue();
                queued.worker = worker;
                queued.takenAt = clock.instant();
                queued.deliveries++;
                out.add(new Queued(entry.getKey(), queued.message, queued.deliveries));
            }
        }
        return out;
    }

    @Override
    public void done(String id) {
        lock.lock();
        try {
            entries.remove(id);
        } finally {
            lock.unlock();
        }
    }
}
