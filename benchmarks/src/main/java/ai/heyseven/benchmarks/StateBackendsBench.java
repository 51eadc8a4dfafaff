package ai.heyseven.benchmarks;

import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.adapter.local.InMemoryRateLimiter;
import ai.heyseven.adapter.redis.RedisBackend;
import ai.heyseven.adapter.redis.RedisServerProcess;
import ai.heyseven.adapter.redis.RedisSettings;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.TurnClaim;
import ai.heyseven.ports.ratelimit.RateDecision;
import ai.heyseven.ports.ratelimit.RateLimiter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rate-limit check and a checkpoint write and read, on a real redis-server on loopback (started
 * by the benchmark) and in memory, in the same run. A checkpoint is the size of a mid-conversation
 * one: 12 messages and the per-turn fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@Threads(4)
public class StateBackendsBench {
    @Param({"memory", "redis"})
    public String backend;

    private RedisServerProcess server;
    private RedisBackend redis;
    private RateLimiter limiter;
    private CheckpointStore checkpoints;
    private Checkpoint checkpoint;
    /** One turn's claim, held for the whole trial: every write is checked against it, as a turn's are. */
    private TurnClaim claim;

    @Setup(Level.Trial)
    public void start() {
        if (backend.equals("redis")) {
            server = RedisServerProcess.start();
            redis = RedisBackend.open(new RedisSettings(URI.create(server.url()), Duration.ofSeconds(1), Duration.ofSeconds(1), 16));
            StatePorts ports = redis.ports(new StatePorts.Limits(Duration.ofHours(1), 20, Integer.MAX_VALUE / 2, 10, 1_000));
            limiter = ports.rateLimits();
            checkpoints = ports.checkpoints();
        } else {
            limiter = new InMemoryRateLimiter(Integer.MAX_VALUE / 2, 100_000);
            checkpoints = new InMemoryCheckpointStore(100_000, Duration.ofHours(1));
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            messages.add(ChatMessage.guest("What Italian restaurants do you have and when do they close?"));
            messages.add(ChatMessage.agent("Here's what I found for you: Trattoria Lucia (Garden Level, $$$): Italian trattoria "
                    + "with handmade pasta. Today (Tuesday) it's open 5:00 PM to 10:00 PM."));
        }
        checkpoint = new Checkpoint("bench-thread", "aurora-palms", null, 7, 4, "specialist", messages,
                Map.of("question", "Any Italian?", "intent", "DINING", "retrieved", "trattoria-lucia\nvesuvio-pizzeria",
                        "plan", "How many will be dining?", "validation", "PASS", "gate", "OPEN"));
        claim = checkpoints.claim("bench-thread", Duration.ofHours(1)).orElseThrow();
        checkpoints.save(claim, checkpoint);
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (redis != null) {
            redis.close();
            server.close();
        }
    }

    @Benchmark
    public RateDecision rateLimitCheck() {
        return limiter.acquire("bench-key|127.0.0.1");
    }

    @Benchmark
    public Checkpoint checkpointWrite() {
        checkpoints.save(claim, checkpoint);
        return checkpoint;
    }

    @Benchmark
    public Checkpoint checkpointRead() {
        return checkpoints.latest("bench-thread").orElseThrow();
    }
}
