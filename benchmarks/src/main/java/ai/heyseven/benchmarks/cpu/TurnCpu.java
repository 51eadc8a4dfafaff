package ai.heyseven.benchmarks.cpu;

import ai.heyseven.benchmarks.load.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's CPU per turn, measured from outside its JVM: the jar started as a process of its
 * own on a free loopback port, a warm-up not counted, then {@code --windows} windows of
 * {@code --turns} turns with {@code --concurrency} guests at once (a new conversation every
 * {@code --turns-per-conversation}), each printed with the process's user + system CPU per turn
 * ({@code /proc/<pid>/stat}), wall time and turns per second; then where the CPU went by thread.
 * {@code --path offline}: the dev profile as it comes (offline model, bundled embedding model),
 * JSON replies. {@code --path gemini}: the server calls a Gemini-protocol stub in a third process
 * that answers at once (every model call of a turn, as in production), SSE replies read to
 * {@code done}. Exits 1 when any turn failed. See {@code benchmarks/cpu/run.sh}.
 */
public final class TurnCpu {
    private final Args args;
    private final Path logs;

    private TurnCpu(Args args) {
        this.args = args;
        this.logs = Path.of(args.text("logs"));
    }

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments, Map.ofEntries(Map.entry("jar", "app/target/heyseven.jar"), Map.entry("path", "offline"),
                Map.entry("warmup", "4800"), Map.entry("turns", "1600"), Map.entry("concurrency", "16"), Map.entry("windows", "3"),
                Map.entry("turns-per-conversation", "4"), Map.entry("server-opts", "-Xmx2g"), Map.entry("tokens", "300"),
                Map.entry("window-seconds", "900"), Map.entry("logs", "benchmarks/results/cpu"),
                Map.entry("jfr", ""), Map.entry("jfr-settings", ""), Map.entry("chunk-ms", "1"), Map.entry("server-env", "")));
        int status = new TurnCpu(args).run();
        System.exit(status);
    }

    /** Adds the server's own settings given as {@code NAME=value,NAME=value} (e.g. {@code HEYSEVEN_EMBEDDING_CACHE_SIZE=1}). */
    private static void serverEnvironment(String given, Map<String, String> environment) {
        for (String pair : given.split(",")) {
            int equals = pair.indexOf('=');
            if (!pair.isBlank() && equals <= 0) {
                throw new IllegalArgumentException("--server-env takes NAME=value pairs separated by commas, not " + pair);
            }
            if (equals > 0) {
                environment.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    private int run() throws Exception {
        boolean gemini = switch (args.text("path")) {
            case "offline" -> false;
            case "gemini" -> true;
            default -> throw new IllegalArgumentException("--path is offline or gemini, not " + args.text("path"));
        };
        Map<String, String> environment = new HashMap<>(Map.of("HEYSEVEN_HOST", "127.0.0.1", "HEYSEVEN_RATE_LIMIT_PER_MINUTE", "100000",
                "HEYSEVEN_LLM_MAX_CONCURRENCY", "10000", "HEYSEVEN_LLM_CALL_TIMEOUT_SECONDS", "60", "HEYSEVEN_TURN_TIMEOUT_SECONDS", "120",
                "HEYSEVEN_LOCAL_MAX_THREADS", "200000"));
        Child stub = gemini ? startStub(environment) : null;
        serverEnvironment(args.text("server-env"), environment);
        int port = Child.freePort();
        environment.put("HEYSEVEN_PORT", Integer.toString(port));
        List<String> java = new ArrayList<>(options(args.text("server-opts")));
        java.addAll(List.of("-jar", Path.of(args.text("jar")).toAbsolutePath().toString()));
        try (Child server = Child.start("server-" + args.text("path"), java, environment, logs)) {
            ChatClient client = new ChatClient("http://127.0.0.1:" + port, "dev-local-key", "aurora-palms", gemini);
            awaitHealthy(server, client);
            List<String> questions = Questions.all();
            Guests guests = new Guests(client, questions, args.integer("concurrency"), args.integer("turns-per-conversation"));
            System.out.printf("server pid %d (%s, %s path, %s), %d distinct questions, %d guests at once, a new conversation every %d turns%n",
                    server.pid(), args.text("jar"), args.text("path"), gemini ? "SSE replies" : "JSON replies", questions.size(),
                    args.integer("concurrency"), args.integer("turns-per-conversation"));
            Duration within = Duration.ofSeconds(args.integer("window-seconds"));
            Guests.Outcome warmup = guests.run(args.integer("warmup"), within);
            System.out.printf("warm-up: %d turns answered, %d failed%n", warmup.answered(), warmup.failed());
            report("warm-up", warmup);
            Flight flight = args.text("jfr").isEmpty() ? null : Flight.start(server.pid(), Path.of(args.text("jfr")),
                    options(args.text("jfr-settings")));
            int status = new Windows(guests, new ProcessCpu(server.pid()), stub == null ? null : new ProcessCpu(stub.pid()))
                    .measure(args.integer("windows"), args.integer("turns"), within);
            if (flight != null) {
                flight.stop();
            }
            System.out.printf("guardrail refusals (warm-up included; the questions are meant to pass): %d; turns asked again after a 409 "
                    + "turn-in-progress: %d; the server's log: %s%n", client.refusals(), client.busyRetries(), LogLines.summary(server.log()));
            return status;
        } finally {
            if (stub != null) {
                stub.close();
            }
        }
    }

    private Child startStub(Map<String, String> serverEnvironment) throws Exception {
        int port = Child.freePort();
        Child stub = Child.start("stub", List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "ai.heyseven.benchmarks.load.PacedGemini", "--port", Integer.toString(port), "--first-ms", "0", "--chunk-ms", args.text("chunk-ms"),
                "--tokens", args.text("tokens")), Map.of(), logs).awaitListening(port, Duration.ofSeconds(60));
        serverEnvironment.put("GEMINI_API_KEY", "cpu-bench");
        serverEnvironment.put("GEMINI_BASE_URL", "http://127.0.0.1:" + port + "/v1beta");
        return stub;
    }

    private static void awaitHealthy(Child server, ChatClient client) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (!client.healthy()) {
            if (!server.alive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not become healthy; see " + server.log());
            }
            Thread.sleep(250);
        }
    }

    static void report(String what, Guests.Outcome outcome) {
        if (outcome.failed() > 0 || outcome.timedOut()) {
            System.out.printf("!!! %s: %d TURNS FAILED%s%n", what, outcome.failed(), outcome.timedOut() ? ", STOPPED AT THE TIME LIMIT" : "");
            outcome.failures().forEach((kind, count) -> System.out.printf("!!!   %d × %s%n", count, kind));
        }
    }

    private static List<String> options(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }
}
