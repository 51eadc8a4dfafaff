package ai.heyseven.core.graph;

/**
 * One step of a graph: reads the state, does its work, returns what changes.
 *
 * @param <C> the run context the node is given (events, cancellation, the request's world)
 */
@FunctionalInterface
public interface Node<C extends RunContext> {
    Update run(GraphState state, C context);
}
