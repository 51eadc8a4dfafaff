package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.TurnStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches every running turn from one platform thread: every tick it sends each idle stream its
 * heartbeat, and ends a turn whose client has gone, whose deadline has passed or whose drain has run
 * out of time. A platform thread, not a virtual thread per turn: virtual threads are never
 * time-sliced, so with every carrier busy with turns (thousands of streams on two cores) a watch
 * waiting in the same queue sent its heartbeat up to 15 s late; the operating system gives this
 * thread its share of a core however busy the carriers are. It never waits on a stream: a stream
 * whose write is in progress is alive and skipped, and turns are cancelled on virtual threads of
 * their own (cancelling a turn that has not run yet lets its conversation go, which may be a remote
 * call). At most one tick late: a tick is a quarter of the heartbeat, at most 100 ms.
 */
final class TurnWatches implements AutoCloseable {
    private static final Duration LONGEST_TICK = Duration.ofMillis(100);

    private final long heartbeatNanos;
    private final Duration tick;
    private final Drain drain;
    /** Bounded by the turns the admission gate lets run at once. */
    private final Set<TurnWatch> watched = ConcurrentHashMap.newKeySet();
    private final Thread thread;

    private TurnWatches(Duration heartbeat, Drain drain) {
        this.heartbeatNanos = heartbeat.toNanos();
        this.tick = heartbeat.dividedBy(4).compareTo(LONGEST_TICK) < 0 ? heartbeat.dividedBy(4) : LONGEST_TICK;
        this.drain = drain;
        this.thread = Thread.ofPlatform().name("turn-watches").daemon(true).unstarted(this::tickUntilClosed);
    }

    /** Starts the watching thread; {@code heartbeat} is the longest an idle stream goes without a byte. */
    static TurnWatches start(Duration heartbeat, Drain drain) {
        TurnWatches watches = new TurnWatches(heartbeat, drain);
        watches.thread.start();
        return watches;
    }

    /**
     * Watches {@code turn} until the returned watch is closed; {@code channel} is null for a JSON
     * reply, which has no heartbeats.
     */
    TurnWatch watch(TurnStream turn, SseChannel channel, Duration timeout) {
        TurnWatch watch = new TurnWatch(turn, channel, System.nanoTime() + timeout.toNanos(), watched::remove);
        watched.add(watch);
        return watch;
    }

    /** Turns watched now. */
    int size() {
        return watched.size();
    }

    private void tickUntilClosed() {
        // sent when idle for a heartbeat less one tick, so no gap is longer than a heartbeat when the tick is on time
        long idleNanos = heartbeatNanos - tick.toNanos();
        while (true) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return; // closed
            }
            long now = System.nanoTime();
            boolean drainExpired = drain.expired();
            for (TurnWatch watch : watched) {
                if (!watch.check(now, drainExpired, idleNanos)) {
                    watched.remove(watch);
                }
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
