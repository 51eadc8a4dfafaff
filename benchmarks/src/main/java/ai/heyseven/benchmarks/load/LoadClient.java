package ai.heyseven.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps N conversations going against Hey Seven (each sends its next turn over SSE as soon as the
 * last one ended, a new conversation every ten turns), ramps N step by step, and prints per step:
 * streams held, turns per second, errors, the server's heap after a GC and its threads, each
 * process's CPU, heap per open stream, and the time the server added before the first token
 * (client's first {@code token} event minus the moment the stub's first chunk left it) at p50/p99.
 * A turn the server sheds (503 {@code overloaded}) is counted apart from the errors and sent again,
 * on the same conversation, after its {@code Retry-After} (plus up to half a second, so the shed
 * conversations do not come back in one wave); the longest silence is then that of admitted streams.
 * With {@code --direct true} it streams from the stub itself (the server taken out), to show what
 * the stub and the client cost on their own.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar ai.heyseven.benchmarks.load.LoadClient --steps 100,500,1000 \
 *     --server-pid $SERVER --stub-pid $STUB</pre>
 */
public final class LoadClient {
    private static final Pattern MARKER = Pattern.compile("T([0-9a-z]{8,13}) ");
    private static final long TICKS_PER_SECOND = 100;
    private static final int TURNS_PER_CONVERSATION = 10;

    private final Args args;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger open = new AtomicInteger();
    private final LongAdder turns = new LongAdder();
    private final LongAdder errors = new LongAdder();
    /** Turns the server shed (503 overloaded), each sent again after its Retry-After. */
    private final LongAdder shed = new LongAdder();
    /** What the errors were, by kind, this step (printed under the table). */
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    private final List<Long> added = Collections.synchronizedList(new ArrayList<>());
    /** The longest silence on any stream this step, heartbeats included (the contract: at most 15 s). */
    private final AtomicLong longestSilence = new AtomicLong();
    private final boolean direct;
    private final ServerMetrics server;
    private volatile boolean running = true;

    private LoadClient(Args args) {
        this.args = args;
        this.direct = Boolean.parseBoolean(args.text("direct"));
        this.server = new ServerMetrics(args.text("url"));
    }

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments, Map.of("url", "http://127.0.0.1:8080", "key", "dev-local-key", "casino", "aurora-palms",
                "steps", "100,500,1000", "warmup-seconds", "15", "step-seconds", "30", "server-pid", "0", "stub-pid", "0",
                "direct", "false", "question", "Where can I get sushi tonight?"));
        new LoadClient(args).run();
        System.exit(0);
    }

    private void run() throws Exception {
        long serverPid = Long.parseLong(args.text("server-pid"));
        long stub = Long.parseLong(args.text("stub-pid"));
        long self = ProcessHandle.current().pid();
        long baseline = server.heapAfterGc(serverPid);
        System.out.printf("baseline: server heap after GC %.1f MiB%n", baseline / 1048576.0);
        System.out.println("| conversations | streams held (min/avg) | turns/s | errors | shed | server heap after GC MiB | server threads "
                + "| CPU server/stub/client % | heap per open stream KiB | added TTFT p50/p99 ms | longest silence s | server sockets |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int started = 0;
        for (String step : args.text("steps").split(",")) {
            int target = Integer.parseInt(step.strip());
            int warmupMillis = args.integer("warmup-seconds") * 1000;
            for (int i = started; i < target; i++) {
                int delay = (int) ((long) warmupMillis / 2 * (i - started) / Math.max(1, target - started));
                Thread.ofVirtual().start(() -> converse(delay));
            }
            started = target;
            Thread.sleep(warmupMillis);
            turns.reset();
            errors.reset();
            shed.reset();
            errorKinds.clear();
            added.clear();
            longestSilence.set(0);
            long[] before = {cpuTicks(serverPid), cpuTicks(stub), cpuTicks(self)};
            long startNanos = System.nanoTime();
            int min = Integer.MAX_VALUE;
            long sum = 0;
            int samples = 0;
            for (int s = 0; s < args.integer("step-seconds"); s++) {
                Thread.sleep(1000);
                int now = open.get();
                min = Math.min(min, now);
                sum += now;
                samples++;
            }
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long[] after = {cpuTicks(serverPid), cpuTicks(stub), cpuTicks(self)};
            // the window's figures are taken before the forced full GC below, whose pause is the harness's, not the server's
            long[] sorted;
            synchronized (added) {
                sorted = added.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            long turnsDone = turns.sum();
            long errorCount = errors.sum();
            long shedCount = shed.sum();
            long silence = longestSilence.get();
            double held = (double) sum / samples;
            long sockets = sockets(serverPid);
            long heap = server.heapAfterGc(serverPid);
            Map<String, Double> metrics = serverPid == 0 ? Map.of() : server.scrape();
            System.out.printf("| %d | %d / %.0f | %.1f | %d | %d | %.0f | %.0f | %s | %.1f | %s | %.1f | %d |%n", target, min, held, turnsDone / seconds,
                    errorCount, shedCount, heap / 1048576.0, metrics.getOrDefault("jvm_threads_live_threads", 0.0),
                    cpu(before, after, seconds), held == 0 ? 0 : (heap - baseline) / held / 1024.0,
                    sorted.length == 0 ? "–" : String.format("%.1f / %.1f", percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0),
                    silence / 1e9, sockets);
            errorKinds.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(3)
                    .forEach(kind -> System.err.println("  errors: " + kind.getValue().sum() + " × " + kind.getKey()));
        }
        running = false;
    }

    /** One conversation, turn after turn, until the run ends. */
    private void converse(int delayMillis) {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            return;
        }
        String thread = null;
        int turn = 0;
        while (running) {
            try {
                thread = direct ? streamFromStub() : turn(thread);
                turn++;
                if (turn % TURNS_PER_CONVERSATION == 0) {
                    thread = null;
                }
            } catch (Shed e) {
                shed.increment(); // the same message, on the same conversation, once the server said it may take it
                try {
                    Thread.sleep(e.retryAfterMillis + java.util.concurrent.ThreadLocalRandom.current().nextInt(500));
                } catch (InterruptedException interrupted) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                errors.increment();
                String kind = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("[0-9a-f-]{36}", "…");
                errorKinds.computeIfAbsent(kind.length() > 120 ? kind.substring(0, 120) : kind, k -> new LongAdder()).increment();
                thread = null;
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One turn over SSE; returns the thread to continue. */
    private String turn(String thread) throws IOException, InterruptedException {
        String body = "{\"casino_id\":\"" + args.text("casino") + "\",\"message\":\"" + args.text("question") + "\""
                + (thread == null ? "" : ",\"thread_id\":\"" + thread + "\"") + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(args.text("url") + "/v1/chat")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream").header("X-API-Key", args.text("key"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String threadId = thread;
        open.incrementAndGet();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (response.statusCode() == 503 && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    && problemType(lines).endsWith("/overloaded")) {
                throw new Shed(1000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
            }
            if (response.statusCode() != 200) {
                throw new IOException("status " + response.statusCode());
            }
            String event = null;
            boolean first = true;
            boolean marked = false;
            long firstAt = 0;
            StringBuilder text = new StringBuilder();
            long last = System.nanoTime();
            for (String line; (line = lines.readLine()) != null; ) {
                long now = System.nanoTime();
                longestSilence.accumulateAndGet(now - last, Math::max);
                last = now;
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ") && event != null) {
                    switch (event) {
                        case "metadata" -> threadId = field(line, "thread_id");
                        case "token" -> {
                            if (first) {
                                firstAt = nowMicros();
                                first = false;
                            }
                            if (!marked) {
                                marked = mark(text.append(line), firstAt);
                            }
                        }
                        case "done" -> {
                            turns.increment();
                            return threadId;
                        }
                        case "error" -> throw new IOException("error event " + line);
                        default -> { }
                    }
                }
            }
            throw new IOException("the stream ended without done");
        } finally {
            open.decrementAndGet();
        }
    }

    /** The {@code type} of a problem+json body. */
    private static String problemType(BufferedReader body) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line; (line = body.readLine()) != null; ) {
            text.append(line);
        }
        return String.valueOf(field(text.toString(), "type"));
    }

    /** The server shed the turn: it kept nothing of it, and says when to send it again. */
    private static final class Shed extends IOException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterMillis;

        Shed(long retryAfterMillis) {
            super("shed");
            this.retryAfterMillis = retryAfterMillis;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // an expected answer under overload, thousands of times a step: no stack to take
        }
    }

    /** The stub's stream, straight: what the client and the stub cost without the server. */
    private String streamFromStub() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(args.text("url") + "/v1beta/models/load:streamGenerateContent?alt=sse"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        open.incrementAndGet();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            boolean first = true;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("data: ") && first) {
                    first = false;
                    mark(line, nowMicros());
                }
            }
            turns.increment();
            return null;
        } finally {
            open.decrementAndGet();
        }
    }

    /** Records the time the server added, when {@code text} holds the stub's marker; returns whether it did. */
    private boolean mark(CharSequence text, long seenAt) {
        Matcher marker = MARKER.matcher(text);
        if (!marker.find()) {
            return false;
        }
        added.add(seenAt - Long.parseLong(marker.group(1), 36));
        return true;
    }

    private static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    private static String field(String line, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(line);
        return value.find() ? value.group(1) : null;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static String cpu(long[] before, long[] after, double seconds) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < before.length; i++) {
            out.append(i == 0 ? "" : " / ").append(before[i] < 0 ? "–" : String.format("%.0f", (after[i] - before[i]) * 100.0 / TICKS_PER_SECOND / seconds));
        }
        return out.toString();
    }

    /** The sockets a process holds now (guests' and the model's connections, the listener), from /proc (Linux); -1 when unknown. */
    private static long sockets(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed while listed
                }
            }).count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** User and system CPU ticks of a process from /proc (Linux); -1 when unknown. */
    private static long cpuTicks(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
