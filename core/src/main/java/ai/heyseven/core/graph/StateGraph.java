package ai.heyseven.core.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a graph: nodes by name, one entry node, and from every node either a fixed edge or a
 * conditional one. {@link #compile()} checks that every name resolves.
 *
 * <pre>{@code
 * CompiledGraph<Ctx> graph = StateGraph.<Ctx>builder(SCHEMA)
 *         .node("gate", gate).node("answer", answer).node("refuse", refuse)
 *         .entry("gate")
 *         .branch("gate", state -> state.get(ALLOWED) ? "answer" : "refuse", Set.of("answer", "refuse"))
 *         .edge("answer", StateGraph.END).edge("refuse", StateGraph.END)
 *         .compile();
 * }</pre>
 *
 * @param <C> the run context of the graph's nodes
 */
public final class StateGraph<C extends RunContext> {

    /** The name an edge points to when the run ends there. */
    public static final String END = "__end__";

    /** The recursion limit used unless {@link #recursionLimit(int)} sets another. */
    public static final int DEFAULT_RECURSION_LIMIT = 10;

    private final Schema schema;
    private final Map<String, Node<C>> nodes = new LinkedHashMap<>();
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private String entry;
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;

    private StateGraph(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public static <C extends RunContext> StateGraph<C> builder(Schema schema) {
        return new StateGraph<>(schema);
    }

    public StateGraph<C> node(String name, Node<C> node) {
        Objects.requireNonNull(node, "node");
        if (name.equals(END) || nodes.putIfAbsent(name, node) != null) {
            throw new IllegalArgumentException("node name '" + name + "' is taken");
        }
        return this;
    }

    public StateGraph<C> entry(String name) {
        this.entry = Objects.requireNonNull(name, "entry");
        return this;
    }

    /** After {@code from}, always go to {@code to} (a node or {@link #END}). */
    public StateGraph<C> edge(String from, String to) {
        return route(from, new Route(state -> to, Set.of(to)));
    }

    /** After {@code from}, go where {@code chooser} says; it may only name one of {@code targets}. */
    public StateGraph<C> branch(String from, Function<GraphState, String> chooser, Set<String> targets) {
        return route(from, new Route(Objects.requireNonNull(chooser, "chooser"), Set.copyOf(targets)));
    }

    /** The most steps one run may take before it is stopped safely. */
    public StateGraph<C> recursionLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("recursion limit must be at least 1, got " + limit);
        }
        this.recursionLimit = limit;
        return this;
    }

    private StateGraph<C> route(String from, Route route) {
        if (routes.putIfAbsent(from, route) != null) {
            throw new IllegalArgumentException("node '" + from + "' already has an outgoing edge");
        }
        return this;
    }

    /** Checks the graph and freezes it. */
    public CompiledGraph<C> compile() {
        if (entry == null || !nodes.containsKey(entry)) {
            throw new IllegalStateException("the entry node '" + entry + "' is not a node of the graph");
        }
        for (String name : nodes.keySet()) {
            Route route = routes.get(name);
            if (route == null) {
                throw new IllegalStateException("node '" + name + "' has no outgoing edge");
            }
            for (String target : route.targets()) {
                if (!target.equals(END) && !nodes.containsKey(target)) {
                    throw new IllegalStateException("edge from '" + name + "' names unknown node '" + target + "'");
                }
            }
        }
        for (String from : routes.keySet()) {
            if (!nodes.containsKey(from)) {
                throw new IllegalStateException("edge starts at unknown node '" + from + "'");
            }
        }
        return new CompiledGraph<>(schema, List.copyOf(nodes.keySet()), nodes, routes, entry, recursionLimit);
    }

    record Route(Function<GraphState, String> chooser, Set<String> targets) { }
}
