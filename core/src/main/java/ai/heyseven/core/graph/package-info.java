/**
 * A small typed state-graph engine: nodes that return immutable updates, reducers that merge them into an
 * immutable {@link ai.heyseven.core.graph.GraphState}, fixed and conditional edges, a recursion
 * limit, cancellation between steps, and a listener called after every step (checkpoints).
 *
 * <p>Its state is an array indexed by typed {@link ai.heyseven.core.graph.Key}s, so a step costs
 * one array copy whatever the size of the conversation — no serialisation, no cloning of history.
 */
package ai.heyseven.core.graph;
