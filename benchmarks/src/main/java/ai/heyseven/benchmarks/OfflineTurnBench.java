package ai.heyseven.benchmarks;

import ai.heyseven.adapter.embedding.LocalEmbedder;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole turn through the {@link Concierge}, everything but a real model's latency: the five
 * guardrail layers, keyword routing, hybrid retrieval over the sample property (the query embedded
 * by the bundled MiniLM model, BM25, fused), the offline planner,
 * extractive answer (streamed) and grounding check, and a checkpoint after each of the seven steps
 * in the bounded in-memory store.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OfflineTurnBench {
    /** Turns per conversation before starting a new one: the conversation limit is 40 messages. */
    private static final int TURNS_PER_THREAD = 19;

    /** {@code lexical}: BM25 only; {@code hybrid}: the query is also embedded by the bundled MiniLM model. */
    @Param({"lexical", "hybrid"})
    public String retrieval;

    private Concierge concierge;
    private LocalEmbedder embedder;
    private long counter;
    private String sameThread;
    private int turnsOnSameThread;

    @Setup(Level.Trial)
    public void build() {
        Concierges builder = Concierges.builder();
        if (retrieval.equals("hybrid")) {
            embedder = LocalEmbedder.load(1, 64, Duration.ofSeconds(5));
            builder.embedder(embedder);
        }
        concierge = OfflineTurns.concierge(builder);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (embedder != null) {
            embedder.close();
        }
    }

    @Benchmark
    public TurnReply wholeTurn_newThread() {
        return concierge.ask(new TurnRequest(OfflineTurns.CASINO, OfflineTurns.QUESTION, null, null, "bench-" + counter++));
    }

    @Benchmark
    public TurnReply wholeTurn_sameThread() {
        if (sameThread == null || turnsOnSameThread == TURNS_PER_THREAD) {
            sameThread = "bench-thread-" + counter++;
            turnsOnSameThread = 0;
        }
        turnsOnSameThread++;
        return concierge.ask(new TurnRequest(OfflineTurns.CASINO, OfflineTurns.QUESTION, sameThread, null, "bench"));
    }
}
