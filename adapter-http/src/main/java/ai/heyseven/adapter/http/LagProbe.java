package ai.heyseven.adapter.http;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How late the server runs its own work: two sleepers, one on a platform thread (the operating
 * system's run queue: other processes, GC) and one on a virtual thread (the carrier threads' queue,
 * where every turn and every heartbeat waits its turn), each waking every {@code interval} and
 * measuring how late it woke. A sleeper's lag is the lesser of its last two latenesses, the sleep
 * under way counting as one while it is overdue: one late waking (a GC pause, a burst of JIT) is not
 * an overload, twice in a row is, and a stalled scheduler shows while it stalls, not after it
 * recovers. The lag is the later of the two sleepers'.
 */
final class LagProbe implements AutoCloseable {
    private final Duration interval;
    private final LongSupplier nanoTime;
    private final Sleeper platform = new Sleeper();
    private final Sleeper virtual = new Sleeper();
    private final Thread platformThread;
    private final Thread virtualThread;

    private LagProbe(Duration interval, LongSupplier nanoTime) {
        this.interval = interval;
        this.nanoTime = nanoTime;
        this.platformThread = Thread.ofPlatform().daemon().name("lag-probe-platform").unstarted(() -> run(platform));
        this.virtualThread = Thread.ofVirtual().name("lag-probe-virtual").unstarted(() -> run(virtual));
    }

    /** Starts both sleepers. */
    static LagProbe start(Duration interval) {
        LagProbe probe = new LagProbe(interval, System::nanoTime);
        probe.platformThread.start();
        probe.virtualThread.start();
        return probe;
    }

    /** A probe whose sleepers are driven by hand (tests): see {@link #woke}. */
    static LagProbe manual(Duration interval, LongSupplier nanoTime) {
        return new LagProbe(interval, nanoTime);
    }

    /** How late, in nanoseconds, the server runs its work now (0 when on time). */
    long lagNanos() {
        long now = nanoTime.getAsLong();
        return Math.max(platform.lag(now), virtual.lag(now));
    }

    /** For tests: a sleeper went to sleep at {@code sleptAt}, due to wake one interval later. */
    void asleep(boolean onVirtualThread, long sleptAt) {
        (onVirtualThread ? virtual : platform).sleeping(sleptAt + interval.toNanos());
    }

    /** For tests: a sleeper that went to sleep at {@code sleptAt} woke at {@code wokeAt}. */
    void woke(boolean onVirtualThread, long sleptAt, long wokeAt) {
        (onVirtualThread ? virtual : platform).woke(sleptAt, wokeAt, interval.toNanos());
    }

    private void run(Sleeper sleeper) {
        long intervalNanos = interval.toNanos();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long sleptAt = nanoTime.getAsLong();
                sleeper.sleeping(sleptAt + intervalNanos);
                Thread.sleep(interval);
                sleeper.woke(sleptAt, nanoTime.getAsLong(), intervalNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed
        }
    }

    @Override
    public void close() {
        platformThread.interrupt();
        virtualThread.interrupt();
    }

    /** One sleeper's last two latenesses and when it is due to wake next. */
    private static final class Sleeper {
        private volatile long lastLate;
        private volatile long previousLate;
        private volatile long dueAt;
        private volatile boolean asleep;

        void sleeping(long due) {
            dueAt = due;
            asleep = true;
        }

        void woke(long sleptAt, long wokeAt, long intervalNanos) {
            asleep = false;
            previousLate = lastLate;
            lastLate = Math.max(0, wokeAt - sleptAt - intervalNanos);
        }

        long lag(long now) {
            long last = lastLate;
            long overdue = asleep ? now - dueAt : 0;
            return Math.max(Math.min(last, previousLate), Math.min(last, overdue));
        }
    }
}
