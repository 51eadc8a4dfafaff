package ai.heyseven.adapter.local;

import ai.heyseven.ports.telemetry.BoundedStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** The newest {@code capacity} records, oldest dropped first; thread-safe. */
final class BoundedLog<T> {
    private final int capacity;
    private final Deque<T> records;
    private final ReentrantLock lock = new ReentrantLock();
    private long dropped;

    BoundedLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.records = new ArrayDeque<>(Math.min(capacity, 1_024));
    }

    void add(T record) {
        lock.lock();
        try {
            if (records.size() == capacity) {
                records.removeFirst();
                dropped++;
            }
            records.addLast(record);
        } finally {
            lock.unlock();
        }
    }

    /** Removes every record {@code matching}; returns how many. */
    int removeIf(java.util.function.Predicate<? super T> matching) {
        lock.lock();
        try {
            int before = records.size();
            records.removeIf(matching);
            return before - records.size();
        } finally {
            lock.unlock();
        }
    }

    List<T> snapshot() {
        lock.lock();
        try {
            return List.copyOf(records);
        } finally {
            lock.unlock();
        }
    }

    /** How full it is: records held, the capacity, and the oldest dropped to make room. */
    BoundedStore.Fill fill() {
        lock.lock();
        try {
            return new BoundedStore.Fill(records.size(), capacity, dropped);
        } finally {
            lock.unlock();
        }
    }
}
