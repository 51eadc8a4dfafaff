package ai.heyseven.benchmarks;

import ai.heyseven.adapter.gemini.GeminiSettings;
import ai.heyseven.adapter.gemini.ResilientLanguageModel;
import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.adapter.local.InMemoryComplianceEvents;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.model.GroundingVerdict;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.RouteDecision;
import ai.heyseven.ports.model.SafetyVerdict;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.StructuredAnswer;
import ai.heyseven.ports.model.TokenSink;
import ai.heyseven.ports.model.WhisperPlan;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
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
 * What the resilience decorators (retry → bulkhead → breaker per role) cost per model call around a
 * model that answers at once, and a whole offline turn with every model call behind them — the
 * turn with a zero-latency model.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResilienceBench {
    private static final ModelRequest REQUEST = new ModelRequest(ModelRole.ROUTER, "Classify.", List.of(), "Any sushi?", null,
            List.of(), "", "", ZonedDateTime.parse("2026-11-24T20:00:00-08:00[America/Los_Angeles]"), Duration.ofSeconds(60), Map.of());
    private static final RouteDecision DINING = new RouteDecision(Intent.DINING, 0.9);
    private static final GroundingVerdict GROUNDED = new GroundingVerdict(true, "");
    private static final WhisperPlan NO_QUESTION = new WhisperPlan("");
    private static final SafetyVerdict SAFE = new SafetyVerdict(false, null, "");

    /** A model with no latency at all: what remains is the decorators. */
    private static final LanguageModel INSTANT = new LanguageModel() {
        @Override
        public String complete(ModelRequest request) {
            return "ok";
        }

        @Override
        public void stream(ModelRequest request, TokenSink sink) {
            sink.accept("ok");
        }

        @Override
        public <T extends StructuredAnswer> T structured(ModelRequest request, Shape<T> shape) {
            return shape.cast(switch (shape) {
                case Shape.Route route -> DINING;
                case Shape.Grounding grounding -> GROUNDED;
                case Shape.Whisper whisper -> NO_QUESTION;
                case Shape.Safety safety -> SAFE;
            });
        }
    };

    private LanguageModel bare;
    private LanguageModel resilient;
    private Concierge turn;
    private long counter;

    @Setup(Level.Trial)
    public void build() {
        GeminiSettings settings = GeminiSettings.defaults(URI.create("http://127.0.0.1:1/v1beta"), "bench", 50, Duration.ofSeconds(20));
        bare = INSTANT;
        resilient = new ResilientLanguageModel(INSTANT, settings);
        PropertyFiles properties = PropertyFiles.bundled();
        turn = Concierges.builder()
                .languageModel(new ResilientLanguageModel(new OfflineLanguageModel(Concierges.keywordRouter()), settings))
                .knowledge(InMemoryKnowledgeStore.seededFrom(properties, 1_000))
                .casinos(properties)
                .checkpoints(new InMemoryCheckpointStore(10_000, Duration.ofMinutes(30)))
                .complianceEvents(new InMemoryComplianceEvents(1_000))
                .build();
        TurnReply reply = turn.ask(new TurnRequest("aurora-palms", "What Italian restaurants do you have?", null, null, "check"));
        if (reply.validation() != Validation.PASS || !reply.reply().contains("Trattoria Lucia")) {
            throw new IllegalStateException("the turn did not answer as expected: " + reply);
        }
    }

    @Benchmark
    public RouteDecision structured_bare() {
        return bare.structured(REQUEST, Shape.ROUTE);
    }

    @Benchmark
    public RouteDecision structured_resilient() {
        return resilient.structured(REQUEST, Shape.ROUTE);
    }

    @Benchmark
    public TurnReply wholeTurn_resilientZeroLatencyModel() {
        return turn.ask(new TurnRequest("aurora-palms", "What Italian restaurants do you have?", null, null, "bench-" + counter++));
    }
}
