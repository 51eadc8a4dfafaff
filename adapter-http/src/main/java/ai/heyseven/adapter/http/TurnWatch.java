package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.TurnStream;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running turn as {@link TurnWatches} sees it: its stream (null for a JSON reply), its deadline,
 * and how it was ended when the watch ended it. Closed when the turn returns, which stops the
 * watching.
 */
final class TurnWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TurnWatch.class);

    /** Why the watch ended the turn. */
    private enum Ending { TIMED_OUT, DRAINED, CLIENT_GONE }

    private final TurnStream turn;
    private final SseChannel channel;
    private final long deadlineNanos;
    private final Consumer<TurnWatch> onClose;
    private volatile Ending ending;

    TurnWatch(TurnStream turn, SseChannel channel, long deadlineNanos, Consumer<TurnWatch> onClose) {
        this.turn = turn;
        this.channel = channel;
        this.deadlineNanos = deadlineNanos;
        this.onClose = onClose;
    }

    /** Whether the turn was cancelled because the server's drain ran out of time. */
    boolean drained() {
        return ending == Ending.DRAINED;
    }

    /** Whether the turn was cancelled because its deadline passed. */
    boolean timedOut() {
        return ending == Ending.TIMED_OUT;
    }

    /**
     * One tick at {@code now}: ends the turn when its drain or deadline has run out or its client has
     * gone, else sends a heartbeat when the stream has been idle for {@code idleNanos}.
     *
     * @return whether the turn is still watched
     */
    boolean check(long now, boolean drainExpired, long idleNanos) {
        if (drainExpired) {
            return end(Ending.DRAINED);
        }
        if (now - deadlineNanos >= 0) {
            return end(Ending.TIMED_OUT);
        }
        if (channel != null && !heartbeatIfIdle(now, idleNanos)) {
            return end(Ending.CLIENT_GONE);
        }
        return true;
    }

    /** The stream's heartbeat; a write that fails in an unexpected way ends the turn, never the thread that watches every turn. */
    private boolean heartbeatIfIdle(long now, long idleNanos) {
        try {
            return channel.heartbeatIfIdle(now, idleNanos);
        } catch (RuntimeException e) {
            LOG.warn("a heartbeat on thread {} failed, so its turn ends: {}", turn.threadId(), e.toString());
            return false;
        }
    }

    private boolean end(Ending why) {
        ending = why;
        Thread.ofVirtual().name("turn-cancel-" + turn.threadId()).start(turn::cancel);
        return false;
    }

    @Override
    public void close() {
        onClose.accept(this);
    }
}
