package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A turn that runs once on a conversation it holds: running it twice is a programmer error, a
 * turn cancelled before it ran never runs and lets its conversation go at once, and the blocking
 * reply is the streamed one collected. Subclasses say what running it does, and let the
 * conversation go when it is done.
 */
abstract class OnceTurn implements TurnStream {
    protected final HeldThread thread;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean cancelled;

    OnceTurn(HeldThread thread) {
        this.thread = thread;
    }

    /** Runs the turn, telling {@code client} its events; owns letting the conversation go. */
    abstract void runOnce(Consumer<AgentEvent> client);

    @Override
    public final String threadId() {
        return thread.threadId();
    }

    @Override
    public final void run(Consumer<AgentEvent> client) {
        if (!started.compareAndSet(false, true)) {
            if (cancelled) {
                return; // cancelled before it started: nothing ran, nothing to tell
            }
            throw new IllegalStateException("a turn runs once; open another for the next message");
        }
        runOnce(client);
    }

    @Override
    public final TurnReply reply() {
        ReplyCollector collector = new ReplyCollector();
        run(collector);
        return collector.reply(this);
    }

    /** Stops the turn at its next step; a turn cancelled before it ran never runs and lets its conversation go at once. */
    @Override
    public final void cancel() {
        cancelled = true;
        if (started.compareAndSet(false, true)) {
            thread.release();
        }
    }

    @Override
    public final boolean cancelled() {
        return cancelled;
    }
}
