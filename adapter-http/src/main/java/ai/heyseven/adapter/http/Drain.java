package ai.heyseven.adapter.http;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's drain: once begun, new requests are refused (503 {@code draining}) while the turns
 * in flight run on; when its time is up, the turns still running are ended with an {@code error}
 * event of type {@code draining}. Every wait in it is bounded.
 */
final class Drain {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private volatile boolean draining;
    private volatile long expiresAtNanos = Long.MAX_VALUE;
    private int inFlight;

    boolean draining() {
        return draining;
    }

    /** Whether the drain's time is up: the turns still running must end now. */
    boolean expired() {
        return draining && System.nanoTime() - expiresAtNanos >= 0;
    }

    int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    void enter() {
        lock.lock();
        try {
            inFlight++;
        } finally {
            lock.unlock();
        }
    }

    void exit() {
        lock.lock();
        try {
            if (--inFlight == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Begins the drain and waits until no turn is in flight, at most {@code limit} plus
     * {@code grace} (the time for the last ones to be told and closed).
     *
     * @return the turns still in flight when it gave up waiting (0 when all ended)
     */
    int run(Duration limit, Duration grace) {
        lock.lock();
        try {
            expiresAtNanos = System.nanoTime() + limit.toNanos();
            draining = true;
            awaitIdle(limit);
            if (inFlight > 0) {
                awaitIdle(grace); // TurnWatches ends them within a tick of expired(), each with a draining error
            }
            return inFlight;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    /** Waits, holding the lock, until no turn is in flight or {@code limit} has passed. */
    private void awaitIdle(Duration limit) throws InterruptedException {
        long waitNanos = limit.toNanos();
        while (inFlight > 0 && waitNanos > 0) {
            waitNanos = idle.awaitNanos(waitNanos);
        }
    }
}
