package ai.heyseven.benchmarks;

import ai.heyseven.core.graph.CompiledGraph;
import ai.heyseven.core.graph.GraphOutcome;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.RunContext;
import ai.heyseven.core.graph.StepListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's own cost per turn on the turn-cost anchor's shape ({@link AnchorGraph}), with the
 * same three variants: in-memory checkpoints on a fresh thread, 20 turns sharing one thread (so
 * history grows), and no checkpoints. A checkpoint here is what an in-memory saver keeps: the
 * (immutable) state after each step, its step number and the next node, appended to the thread's list.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GraphEngineBench {
    private static final int TURNS_PER_THREAD = 20;

    record Saved(GraphState state, int step, String nextNode) { }

    private final CompiledGraph<RunContext> graph = AnchorGraph.compile();
    private final Map<String, List<Saved>> saver = new HashMap<>();
    private GraphState sameThread;
    private int turnsOnSameThread;
    private long threadCounter;

    @Setup(Level.Trial)
    public void checkTheShape() {
        List<Saved> saved = new ArrayList<>();
        GraphOutcome outcome = graph.run(AnchorGraph.startTurn(AnchorGraph.SCHEMA.initialState()), AnchorGraph.CONTEXT,
                (state, step, node, next) -> saved.add(new Saved(state, step, next)));
        GraphState end = outcome.state();
        if (!(outcome instanceof GraphOutcome.Completed) || end.get(AnchorGraph.STEPS) != 7
                || !end.get(AnchorGraph.INTENT).equals("dining") || end.get(AnchorGraph.MESSAGES).size() != 7
                || saved.size() != 7 || end.get(AnchorGraph.REPLY).isEmpty()) {
            throw new IllegalStateException("the benchmark graph did not run the 7-step dining path: " + end);
        }
        sameThread = AnchorGraph.SCHEMA.initialState();
    }

    @Benchmark
    public GraphState turnWithCheckpoints_newThread() {
        String threadId = "t-" + threadCounter++;
        List<Saved> checkpoints = new ArrayList<>(8);
        saver.put(threadId, checkpoints);
        GraphState end = graph.run(AnchorGraph.startTurn(AnchorGraph.SCHEMA.initialState()), AnchorGraph.CONTEXT,
                (state, step, node, next) -> checkpoints.add(new Saved(state, step, next))).state();
        saver.remove(threadId);
        return end;
    }

    @Benchmark
    public GraphState turnWithCheckpoints_sameThread() {
        if (turnsOnSameThread++ == TURNS_PER_THREAD) {
            turnsOnSameThread = 1;
            saver.remove("same");
            sameThread = AnchorGraph.SCHEMA.initialState();
        }
        List<Saved> checkpoints = saver.computeIfAbsent("same", id -> new ArrayList<>());
        sameThread = graph.run(AnchorGraph.startTurn(sameThread), AnchorGraph.CONTEXT,
                (state, step, node, next) -> checkpoints.add(new Saved(state, step, next))).state();
        return sameThread;
    }

    @Benchmark
    public GraphState turnNoCheckpointer() {
        return graph.run(AnchorGraph.startTurn(AnchorGraph.SCHEMA.initialState()), AnchorGraph.CONTEXT, StepListener.none()).state();
    }
}
