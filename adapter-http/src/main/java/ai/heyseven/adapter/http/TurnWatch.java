package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.TurnStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches one running turn from a virtual thread: sends heartbeats on its stream, cancels it when
 * the client is gone or its deadline passes. Always stopped by {@link #stop()}; it never outlives
 * its turn by more than one heartbeat interval.
 */
final class TurnWatch implements AutoCloseable {
    private final TurnStream turn;
    private final SseChannel channel;
    private final Duration heartbeat;
    private final long deadlineNanos;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final AtomicBoolean drained = new AtomicBoolean();
    private final Drain drain;
    private final Thread thread;

    private TurnWatch(TurnStream turn, SseChannel channel, Duration heartbeat, Duration timeout, Drain drain) {
        this.turn = turn;
        this.drain = drain;
        this.channel = channel;
        this.heartbeat = heartbeat;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
        this.thread = Thread.ofVirtual().name("turn-watch-" + turn.threadId()).unstarted(this::watch);
    }

    /** Starts watching; {@code channel} is null for a JSON reply, which has no heartbeats. */
    static TurnWatch start(TurnStream turn, SseChannel channel, Duration heartbeat, Duration timeout, Drain drain) {
        TurnWatch watch = new TurnWatch(turn, channel, heartbeat, timeout, drain);
        drain.watch(watch.thread);
        watch.thread.start();
        return watch;
    }

    /** Whether the turn was cancelled because the server's drain ran out of time. */
    boolean drained() {
        return drained.get();
    }

    /** Whether the turn was cancelled because its deadline passed. */
    boolean timedOut() {
        return timedOut.get();
    }

    void stop() {
        stopped.countDown();
    }

    @Override
    public void close() {
        stop();
    }

    private void watch() {
        try {
            long nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
            while (true) {
                long now = System.nanoTime();
                if (deadlineNanos - now <= 0) {
                    timedOut.set(true);
                    turn.cancel();
                    return;
                }
                if (drain.expired()) {
                    drained.set(true);
                    turn.cancel();
                    return;
                }
                // no polling: the drain interrupts this thread when its time is up
                long wait = Math.min(deadlineNanos - now, nextHeartbeat - now);
                if (stopped.await(Math.max(0, wait), TimeUnit.NANOSECONDS)) {
                    return;
                }
                if (System.nanoTime() - nextHeartbeat >= 0) {
                    nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
                    if (channel != null && System.nanoTime() < deadlineNanos && !channel.heartbeat()) {
                        turn.cancel();
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            drained.set(drain.expired());
            Thread.currentThread().interrupt();
            turn.cancel();
        } finally {
            drain.unwatch(thread);
        }
    }
}
