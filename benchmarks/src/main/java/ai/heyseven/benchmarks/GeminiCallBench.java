package ai.heyseven.benchmarks;

import ai.heyseven.adapter.gemini.GeminiBackend;
import ai.heyseven.adapter.gemini.GeminiSettings;
import ai.heyseven.benchmarks.load.PacedGemini;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.RouteDecision;
import ai.heyseven.ports.model.Shape;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * One Gemini call through the real client (LangChain4j, our HTTP client, the resilience decorators)
 * against the Gemini-protocol stub answering at once on loopback, each call on a virtual thread of
 * its own as a turn's are: a structured router call, and an answer streamed in 8 chunks. Its
 * {@code json} parameter puts LangChain4j's request mapper as 1.19 ships it ({@code stock}: pretty
 * printing, per-thread buffers) or as the server sets it up ({@code compact}): run with
 * {@code -prof gc} for the bytes allocated per call.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar GeminiCallBench -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class GeminiCallBench {
    private static final String INSTRUCTIONS = ("You are the dining specialist of a casino resort's concierge. Answer only from the "
            + "items given, name each venue you mention exactly as written, give hours in the guest's local time, and never promise "
            + "a table, a comp or a price that is not in the items. ").repeat(6);

    @Param({"stock", "compact"})
    public String json;

    private PacedGemini stub;
    private LanguageModel model;
    private ExecutorService turns;
    private ModelRequest router;
    private ModelRequest answer;
    private int dropped;

    @Setup(Level.Trial)
    public void start() throws Exception {
        stub = PacedGemini.start(0, 0, 0, 8, 64);
        URI base = URI.create("http://127.0.0.1:" + stub.port() + "/v1beta");
        model = GeminiBackend.open(GeminiSettings.defaults(base, "gemini-bench", 64, Duration.ofSeconds(10)), "bench").model();
        if (json.equals("stock")) {
            ObjectMapper mapper = langChain4jMapper();
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
            mapper.getFactory().setRecyclerPool(JsonRecyclerPools.threadLocalPool());
        }
        turns = Executors.newVirtualThreadPerTaskExecutor();
        router = request(ModelRole.ROUTER);
        answer = request(ModelRole.MAIN);
        if (structuredRouterCall() == null || streamedAnswer() == 0) {
            throw new IllegalStateException("the stub did not answer");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.println("calls tried again after a dropped connection: " + dropped);
        turns.close();
        stub.stop();
    }

    @Benchmark
    public RouteDecision structuredRouterCall() throws Exception {
        return onOwnVirtualThread(() -> model.structured(router, Shape.ROUTE));
    }

    @Benchmark
    public int streamedAnswer() throws Exception {
        return onOwnVirtualThread(() -> {
            int[] pieces = {0};
            model.stream(answer, piece -> ++pieces[0] > 0);
            return pieces[0];
        });
    }

    /**
     * Once more when the stub dropped a kept-alive connection as the client reused it (JDK client: "header
     * parser received no bytes", a few times a minute here, in either setting): the connection's
     * life is not what is measured.
     */
    private <T> T onOwnVirtualThread(Callable<T> call) throws Exception {
        try {
            return turns.submit(call).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            dropped++;
            return turns.submit(call).get(10, TimeUnit.SECONDS);
        }
    }

    private static ObjectMapper langChain4jMapper() throws ReflectiveOperationException {
        var field = Class.forName("dev.langchain4j.model.googleai.Json").getDeclaredField("OBJECT_MAPPER");
        field.setAccessible(true);
        return (ObjectMapper) field.get(null);
    }

    private static ModelRequest request(ModelRole role) {
        List<KnowledgeItem> items = List.of("Kaze Sushi & Robata", "Ember Steakhouse", "Jade Noodle House", "Trattoria Lucia").stream()
                .map(name -> new KnowledgeItem(name.toLowerCase().replace(' ', '-'), "aurora-palms", Intent.DINING, name,
                        name + " serves dinner nightly on the Promenade: a chef's counter, a bar pouring sake and whisky, "
                                + "tables for families and a late menu after the shows. Reservations are recommended on weekends.",
                        "Promenade", WeeklyHours.parse(Map.of("fri", "17:00-00:00", "sat", "17:00-00:00")), "$$$", List.of("dinner", "late")))
                .toList();
        return new ModelRequest(role, INSTRUCTIONS, List.of(ChatMessage.guest("Hi, we are here for the weekend"),
                ChatMessage.agent("Welcome to Aurora Palms! How can I help?")), "Where can we get sushi after the show tonight?",
                Intent.DINING, items, "", "", ZonedDateTime.parse("2026-11-27T20:00:00-08:00[America/Los_Angeles]"),
                Duration.ofSeconds(30), Map.of());
    }
}
