package ai.heyseven.adapter.local;

import ai.heyseven.ports.sms.ScheduledSms;
import ai.heyseven.ports.sms.SmsQueueException;
import ai.heyseven.ports.sms.SmsSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Held messages in this process's memory, for {@code dev} without Redis: at most {@code capacity}; beyond that a hold is refused. */
public final class InMemorySmsSchedule implements SmsSchedule {
    private final PriorityQueue<ScheduledSms> held = new PriorityQueue<>(Comparator.comparing(ScheduledSms::sendAt));
    private final int capacity;

    public InMemorySmsSchedule(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void schedule(ScheduledSms message) {
        if (held.size() >= capacity) {
            throw new SmsQueueException("the in-memory SMS schedule is full (" + capacity + " messages)", null);
        }
        held.add(message);
    }

    @Override
    public synchronized List<ScheduledSms> due(Instant now, int max) {
        List<ScheduledSms> due = new ArrayList<>();
        while (due.size() < max && !held.isEmpty() && !held.peek().sendAt().isAfter(now)) {
            due.add(held.poll());
        }
        return due;
    }
}
