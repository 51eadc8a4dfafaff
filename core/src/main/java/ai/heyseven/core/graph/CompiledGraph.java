package ai.heyseven.core.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A checked, immutable graph, safe to run from many threads at once. Nodes and edges are resolved
 * to array slots at compile time, so a step is a node call, one state merge and one edge choice.
 *
 * @param <C> the run context of the graph's nodes
 */
public final class CompiledGraph<C extends RunContext> {
    private static final int END_SLOT = -1;

    private final Schema schema;
    private final String[] names;
    private final Node<C>[] nodes;
    private final StateGraph.Route[] routes;
    private final Map<String, Integer> slots;
    private final int entry;
    private final int recursionLimit;

    @SuppressWarnings({"unchecked", "rawtypes"})
    CompiledGraph(Schema schema, List<String> order, Map<String, Node<C>> nodesByName,
            Map<String, StateGraph.Route> routesByName, String entry, int recursionLimit) {
        this.schema = schema;
        this.names = order.toArray(String[]::new);
        this.nodes = new Node[names.length];
        this.routes = new StateGraph.Route[names.length];
        this.slots = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            nodes[i] = nodesByName.get(names[i]);
            routes[i] = routesByName.get(names[i]);
            slots.put(names[i], i);
        }
        slots.put(StateGraph.END, END_SLOT);
        this.entry = slots.get(entry);
        this.recursionLimit = recursionLimit;
    }

    public Schema schema() {
        return schema;
    }

    public String entryNode() {
        return names[entry];
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    /** Runs from the entry node. */
    public GraphOutcome run(GraphState state, C context, StepListener listener) {
        return runFrom(names[entry], state, context, listener);
    }

    /**
     * Runs from {@code startNode}: the entry node for a new run, or a checkpoint's next node to resume
     * one. Stops between steps when the context is cancelled, and after {@link #recursionLimit()} steps.
     * A node's exception propagates; the listener has seen every step before it.
     */
    public GraphOutcome runFrom(String startNode, GraphState state, C context, StepListener listener) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(listener, "listener");
        if (state.schema() != schema) {
            throw new IllegalArgumentException("the state was built from another schema");
        }
        int current = slot(startNode);
        for (int step = 1; ; step++) {
            if (context.cancelled()) {
                return new GraphOutcome.Cancelled(state, names[current]);
            }
            if (step > recursionLimit) {
                return new GraphOutcome.RecursionLimitReached(state, recursionLimit, names[current]);
            }
            RunContext.Step running = context.enter(names[current]);
            Update update;
            try {
                update = nodes[current].run(state, context);
            } finally {
                running.close();
            }
            state = state.merge(update);
            int next = next(current, state);
            listener.afterStep(state, step, names[current], next == END_SLOT ? null : names[next]);
            if (next == END_SLOT) {
                return new GraphOutcome.Completed(state);
            }
            current = next;
        }
    }

    private int next(int from, GraphState state) {
        StateGraph.Route route = routes[from];
        String target = route.chooser().apply(state);
        if (target == null || !route.targets().contains(target)) {
            throw new IllegalStateException("node '" + names[from] + "' chose '" + target
                    + "', which is not one of its declared targets " + route.targets());
        }
        return slots.get(target);
    }

    private int slot(String name) {
        Integer slot = slots.get(name);
        if (slot == null || slot == END_SLOT) {
            throw new IllegalArgumentException("'" + name + "' is not a node of this graph");
        }
        return slot;
    }
}
