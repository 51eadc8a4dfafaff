package ai.heyseven.core.graph;

/** How a run ended; every outcome carries the last good state. */
public sealed interface GraphOutcome {

    GraphState state();

    /** The run reached the end of the graph. */
    record Completed(GraphState state) implements GraphOutcome { }

    /** The run was cancelled; {@code nextNode} is where it would have continued. */
    record Cancelled(GraphState state, String nextNode) implements GraphOutcome { }

    /** The run took {@code limit} steps without reaching the end, and was stopped. */
    record RecursionLimitReached(GraphState state, int limit, String nextNode) implements GraphOutcome { }
}
