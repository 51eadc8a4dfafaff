package ai.heyseven.ports.concierge;

import java.util.function.Consumer;

/** One prepared turn: run it once to receive its events; cancel it from any thread. */
public interface TurnStream {

    /** The conversation this turn belongs to (new when the request named none). */
    String threadId();

    /**
     * Runs the turn on the calling thread, handing each event to {@code events} in order. The first
     * event is {@link AgentEvent.Metadata}; the last is {@link AgentEvent.Done} or
     * {@link AgentEvent.Failure}. A cancelled turn stops between steps and within streaming and
     * returns without a final event.
     */
    void run(Consumer<AgentEvent> events);

    /**
     * Runs the turn like {@link #run} and returns the whole reply.
     *
     * @throws TurnFailedException when the turn ends with {@link AgentEvent.Failure}
     * @throws java.util.concurrent.CancellationException when the turn was cancelled
     */
    TurnReply reply();

    /** Asks the turn to stop as soon as it can. Safe to call from any thread, more than once. */
    void cancel();

    /** Whether {@link #cancel()} was called. */
    boolean cancelled();
}
