package ai.heyseven.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StateGraphTest {
    private static final Schema.Builder FIELDS = Schema.builder();
    private static final Key<List<String>> LOG = FIELDS.conversation("log", List.of(), Reducers.append());
    private static final Key<Integer> HIGH = FIELDS.conversation("high", 0, Reducers.keepMax());
    private static final Key<String> NOTE = FIELDS.perTurn("note", "", Reducers.replace());
    private static final Key<Integer> LOOPS = FIELDS.perTurn("loops", 0, Reducers.replace());
    private static final Schema SCHEMA = FIELDS.build();

    record Ctx(AtomicBoolean cancel) implements RunContext {
        Ctx() {
            this(new AtomicBoolean());
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }
    }

    private static Node<Ctx> logs(String entry) {
        return (state, ctx) -> Update.of(LOG, List.of(entry));
    }

    private static CompiledGraph<Ctx> line() {
        return StateGraph.<Ctx>builder(SCHEMA)
                .node("a", logs("a")).node("b", logs("b")).node("c", logs("c"))
                .entry("a").edge("a", "b").edge("b", "c").edge("c", StateGraph.END)
                .compile();
    }

    @Test
    void appendsMessagesAndKeepsTheLargestCounter() {
        CompiledGraph<Ctx> graph = StateGraph.<Ctx>builder(SCHEMA)
                .node("up", (s, c) -> Update.of(HIGH, 7).and(LOG, List.of("up")))
                .node("down", (s, c) -> Update.of(HIGH, 3).and(LOG, List.of("down")))
                .entry("up").edge("up", "down").edge("down", StateGraph.END)
                .compile();
        GraphOutcome outcome = graph.run(SCHEMA.initialState(), new Ctx(), StepListener.none());
        GraphState end = assertInstanceOf(GraphOutcome.Completed.class, outcome).state();
        assertEquals(List.of("up", "down"), end.get(LOG));
        assertEquals(7, end.get(HIGH));
    }

    @Test
    void followsTheBranchItsChooserNames() {
        CompiledGraph<Ctx> graph = StateGraph.<Ctx>builder(SCHEMA)
                .node("gate", (s, c) -> Update.of(NOTE, "left"))
                .node("left", logs("left")).node("right", logs("right"))
                .entry("gate")
                .branch("gate", s -> s.get(NOTE), Set.of("left", "right"))
                .edge("left", StateGraph.END).edge("right", StateGraph.END)
                .compile();
        GraphState end = graph.run(SCHEMA.initialState(), new Ctx(), StepListener.none()).state();
        assertEquals(List.of("left"), end.get(LOG));
    }

    @Test
    void refusesABranchToAnUndeclaredTarget() {
        CompiledGraph<Ctx> graph = StateGraph.<Ctx>builder(SCHEMA)
                .node("gate", (s, c) -> Update.none()).node("left", logs("left"))
                .entry("gate").branch("gate", s -> "elsewhere", Set.of("left")).edge("left", StateGraph.END)
                .compile();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> graph.run(SCHEMA.initialState(), new Ctx(), StepListener.none()));
        assertTrue(e.getMessage().contains("elsewhere"));
    }

    @Test
    void endsALoopSafelyAtTheRecursionLimit() {
        CompiledGraph<Ctx> graph = StateGraph.<Ctx>builder(SCHEMA)
                .node("spin", (s, c) -> Update.of(LOOPS, s.get(LOOPS) + 1))
                .entry("spin").branch("spin", s -> "spin", Set.of("spin"))
                .compile();
        GraphOutcome outcome = graph.run(SCHEMA.initialState(), new Ctx(), StepListener.none());
        var limit = assertInstanceOf(GraphOutcome.RecursionLimitReached.class, outcome);
        assertEquals(StateGraph.DEFAULT_RECURSION_LIMIT, limit.limit());
        assertEquals(10, limit.state().get(LOOPS));
    }

    @Test
    void tellsTheListenerAfterEveryStepWhereItGoesNext() {
        List<String> seen = new ArrayList<>();
        line().run(SCHEMA.initialState(), new Ctx(), (state, step, node, next) -> seen.add(step + ":" + node + "->" + next));
        assertEquals(List.of("1:a->b", "2:b->c", "3:c->null"), seen);
    }

    @Test
    void stopsBetweenStepsWhenCancelled() {
        Ctx ctx = new Ctx();
        CompiledGraph<Ctx> graph = StateGraph.<Ctx>builder(SCHEMA)
                .node("a", (s, c) -> {
                    c.cancel().set(true);
                    return Update.of(LOG, List.of("a"));
                })
                .node("b", logs("b"))
                .entry("a").edge("a", "b").edge("b", StateGraph.END)
                .compile();
        var cancelled = assertInstanceOf(GraphOutcome.Cancelled.class, graph.run(SCHEMA.initialState(), ctx, StepListener.none()));
        assertEquals("b", cancelled.nextNode());
        assertEquals(List.of("a"), cancelled.state().get(LOG));
    }

    @Test
    void resumesFromTheNodeAfterTheLastGoodStep() {
        CompiledGraph<Ctx> graph = line();
        List<String> nextNodes = new ArrayList<>();
        GraphState[] checkpoint = new GraphState[1];
        RuntimeException crash = new RuntimeException("instance died");
        assertThrows(RuntimeException.class, () -> graph.run(SCHEMA.initialState(), new Ctx(), (state, step, node, next) -> {
            checkpoint[0] = state;
            nextNodes.add(next);
            if (node.equals("b")) {
                throw crash;
            }
        }));
        GraphState resumed = graph.runFrom(nextNodes.get(nextNodes.size() - 1), checkpoint[0], new Ctx(), StepListener.none()).state();
        assertEquals(List.of("a", "b", "c"), resumed.get(LOG));
    }

    @Test
    void resetsPerTurnFieldsAndKeepsTheConversation() {
        GraphState state = SCHEMA.initialState().merge(Update.of(NOTE, "old").and(LOG, List.of("hello")).and(HIGH, 2));
        GraphState next = state.startTurn();
        assertEquals("", next.get(NOTE));
        assertEquals(List.of("hello"), next.get(LOG));
        assertEquals(2, next.get(HIGH));
    }

    @Test
    void refusesAGraphWithADanglingEdge() {
        var builder = StateGraph.<Ctx>builder(SCHEMA).node("a", logs("a")).entry("a").edge("a", "nowhere");
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::compile);
        assertTrue(e.getMessage().contains("nowhere"));
    }

    @Test
    void refusesAKeyFromAnotherSchema() {
        Key<String> foreign = Schema.builder().perTurn("note", "", Reducers.replace());
        assertThrows(IllegalArgumentException.class, () -> SCHEMA.initialState().get(foreign));
    }
}
