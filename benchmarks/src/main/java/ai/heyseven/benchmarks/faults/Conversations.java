package ai.heyseven.benchmarks.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady load of conversations that keep count of what was promised to them. Each conversation
 * sends one turn at a time (never two at once), alternating an SSE stream and a JSON reply, pauses,
 * and sends the next. A turn is <em>acknowledged</em> when its stream sent {@code done} or its JSON
 * answer was a 200; the server then numbers the next turn one higher, so a {@code turn} below
 * acknowledged + 1 means acknowledged turns were <em>lost</em>. Anything else a guest would see (a
 * status, an {@code error} event, a cut stream, a refused connection) is counted by kind, and the
 * conversation moves to the next instance, as a load balancer would.
 */
final class Conversations {
    private static final Pattern TURN = Pattern.compile("\"turn\":(\\d+)");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]*)\"");
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("turn-watchdog").factory());

    private final List<String> urls;
    private final String key;
    private final String prefix;
    private final int count;
    private final Duration pause;
    private final Duration turnTimeout;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(2)).build();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder lost = new LongAdder();
    private final LongAdder keptUnacknowledged = new LongAdder();
    /** Acknowledged turns whose answer was the fallback (front desk and helpline): what guests get while the model is out. */
    private final LongAdder fallbacks = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    /** The first few losses, for the report: thread, turns acknowledged, turn the server numbered. */
    private final ConcurrentLinkedQueue<String> lossExamples = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final int[] acknowledgedPerConversation;
    private volatile boolean running;

    /** {@code count} conversations named {@code prefix-n}, spread over {@code urls}, pausing {@code pause} between turns. */
    Conversations(List<String> urls, String key, String prefix, int count, Duration pause, Duration turnTimeout) {
        this.urls = List.copyOf(urls);
        this.key = key;
        this.prefix = prefix;
        this.count = count;
        this.pause = pause;
        this.turnTimeout = turnTimeout;
        this.acknowledgedPerConversation = new int[count];
    }

    /** What the conversations saw so far. */
    record Tally(long acknowledged, long fallbacks, long lost, long keptUnacknowledged, Map<String, Long> errors, List<String> lossExamples) {
        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        String errorSummary() {
            return errors.isEmpty() ? "none" : errors.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .map(e -> e.getValue() + " × " + e.getKey()).reduce((a, b) -> a + "; " + b).orElse("");
        }
    }

    void start() {
        running = true;
        for (int n = 0; n < count; n++) {
            int conversation = n;
            long stagger = pause.toMillis() * n / Math.max(1, count);
            threads.add(Thread.ofVirtual().name(prefix + "-" + n).start(() -> converse(conversation, stagger)));
        }
    }

    /** Stops sending new turns and waits for the turns in flight to end. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(turnTimeout.toMillis() + 5_000);
        }
        threads.clear();
    }

    /**
     * After {@link #stop}: continues every conversation with one more turn (retried, at most
     * {@code within}), which checks the server still has every turn it acknowledged. Returns the
     * number of conversations that could not be continued in time.
     */
    int continueEach(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        List<Thread> checks = new ArrayList<>();
        LongAdder unverified = new LongAdder();
        for (int n = 0; n < count; n++) {
            int conversation = n;
            checks.add(Thread.ofVirtual().start(() -> {
                int instance = conversation % urls.size();
                while (System.nanoTime() < deadline) {
                    if (turn(conversation, instance, conversation % 2 == 0)) {
                        return;
                    }
                    instance = (instance + 1) % urls.size();
                    sleep(500);
                }
                unverified.increment();
            }));
        }
        for (Thread check : checks) {
            check.join();
        }
        return unverified.intValue();
    }

    Tally tally() {
        Map<String, Long> kinds = new TreeMap<>();
        errors.forEach((kind, n) -> kinds.put(kind, n.sum()));
        return new Tally(acknowledged.sum(), fallbacks.sum(), lost.sum(), keptUnacknowledged.sum(), kinds, List.copyOf(lossExamples));
    }

    private void converse(int conversation, long staggerMillis) {
        sleep(staggerMillis);
        int instance = conversation % urls.size();
        boolean stream = conversation % 2 == 0;
        while (running) {
            if (!turn(conversation, instance, stream)) {
                instance = (instance + 1) % urls.size();
            }
            stream = !stream;
            sleep(pause.toMillis());
        }
    }

    /** One turn on one instance; returns whether it was acknowledged. */
    private boolean turn(int conversation, int instance, boolean stream) {
        String thread = prefix + "-" + conversation;
        String body = "{\"casino_id\":\"aurora-palms\",\"thread_id\":\"" + thread + "\",\"message\":\"Where can I get sushi tonight?\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(instance) + "/v1/chat")).timeout(turnTimeout)
                .header("Content-Type", "application/json").header("Accept", stream ? "text/event-stream" : "application/json")
                .header("X-API-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // a stream that stops moving must not hold the conversation: closing it ends the read below
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> closeQuietly(response.body()), turnTimeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                String outcome = stream && response.statusCode() == 200 ? readStream(response.body()) : readWhole(response);
                Matcher turn = TURN.matcher(outcome);
                if (!outcome.startsWith("{") || !turn.find()) {
                    count(outcome);
                    return false;
                }
                acknowledge(conversation, Integer.parseInt(turn.group(1)));
                if (outcome.contains("\"validation\":\"fallback\"")) {
                    fallbacks.increment();
                }
                return true;
            } finally {
                watchdog.cancel(false);
            }
        } catch (IOException e) {
            count(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("[0-9]+", "N")));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The {@code done} event's data, or a description of how the stream ended instead. */
    private static String readStream(InputStream body) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ") && "done".equals(event)) {
                    return line.substring(6);
                } else if (line.startsWith("data: ") && "error".equals(event)) {
                    Matcher type = TYPE.matcher(line);
                    return "SSE error event " + (type.find() ? problemName(type.group(1)) : line);
                }
            }
            return "SSE stream ended without done";
        }
    }

    /** A 200's JSON reply, or the status with its problem type. */
    private static String readWhole(HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (response.statusCode() == 200) {
                return text;
            }
            Matcher type = TYPE.matcher(text);
            return "HTTP " + response.statusCode() + " " + (type.find() ? problemName(type.group(1)) : "");
        }
    }

    /** {@code https://heyseven.ai/problems/backend-unavailable} → {@code backend-unavailable}. */
    private static String problemName(String type) {
        return type.replaceAll(".*/", "");
    }

    private void acknowledge(int conversation, int turn) {
        synchronized (acknowledgedPerConversation) {
            int expected = acknowledgedPerConversation[conversation] + 1;
            if (turn < expected) {
                lost.add(expected - turn);
                if (lossExamples.size() < 5) {
                    lossExamples.add(prefix + "-" + conversation + ": " + (expected - 1) + " acknowledged, next numbered " + turn);
                }
            } else if (turn > expected) {
                // a turn the guest saw fail (cut stream, timeout) that the server kept: not a loss
                keptUnacknowledged.add(turn - expected);
            }
            acknowledgedPerConversation[conversation] = turn;
        }
        acknowledged.increment();
    }

    private void count(String kind) {
        errors.computeIfAbsent(kind.length() > 100 ? kind.substring(0, 100) : kind, k -> new LongAdder()).increment();
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // already closed: the turn ended on its own
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
