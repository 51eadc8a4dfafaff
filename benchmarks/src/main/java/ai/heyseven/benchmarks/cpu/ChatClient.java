package ai.heyseven.benchmarks.cpu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * A guest of {@code POST /v1/chat}: one turn at a time, asking for a JSON reply or an SSE stream
 * read to its {@code done} event, and checking what came back (200, a non-empty answer, the
 * thread's id, {@code done}); anything else is a {@link BadTurn}.
 */
final class ChatClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BUSY_PAUSE = Duration.ofMillis(20);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String key;
    private final String casino;
    private final boolean stream;
    private final LongAdder busyRetries = new LongAdder();
    private final LongAdder refusals = new LongAdder();

    ChatClient(String url, String key, String casino, boolean stream) {
        this.url = url;
        this.key = key;
        this.casino = casino;
        this.stream = stream;
    }

    /** A turn the server answered wrongly (status, missing answer or event); its message says how. */
    static final class BadTurn extends Exception {
        private static final long serialVersionUID = 1L;

        BadTurn(String message) {
            super(message);
        }
    }

    /**
     * Asks {@code question} in {@code thread} (null: a new conversation); returns the thread to
     * continue. A 409 {@code turn-in-progress} (the server still holds the conversation for a moment
     * after the last {@code done}) is asked again after {@link #BUSY_PAUSE}, up to three times,
     * and counted in {@link #busyRetries()}.
     */
    String turn(String thread, String question) throws IOException, InterruptedException, BadTurn {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(thread, question);
            } catch (Busy busy) {
                if (attempt == 3) {
                    throw new BadTurn(busy.getMessage());
                }
                busyRetries.increment();
                Thread.sleep(BUSY_PAUSE);
            }
        }
    }

    /** How many answers a guardrail gave (a refusal: the turn took a shorter path than the one measured), since the start. */
    long refusals() {
        return refusals.sum();
    }

    /** How many turns were asked again after a 409, since the start. */
    long busyRetries() {
        return busyRetries.sum();
    }

    private static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    private String once(String thread, String question) throws IOException, InterruptedException, BadTurn, Busy {
        ObjectNode body = JSON.createObjectNode().put("casino_id", casino).put("message", question);
        if (thread != null) {
            body.put("thread_id", thread);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/chat")).timeout(TURN_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", stream ? "text/event-stream" : "application/json")
                .header("X-API-Key", key).POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() == 409) {
                throw new Busy("status 409 three times: " + first(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (response.statusCode() != 200) {
                throw new BadTurn("status " + response.statusCode() + ": " + first(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            return stream ? readStream(in) : readJson(in);
        }
    }

    /** Whether {@code /health} answers 200 now. */
    boolean healthy() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String readJson(InputStream in) throws IOException, BadTurn {
        JsonNode reply = JSON.readTree(in);
        if (reply.path("reply").asText("").isBlank()) {
            throw new BadTurn("JSON reply without an answer: " + first(reply.toString()));
        }
        modelAnswered(reply);
        return required(reply.path("thread_id").asText(null), reply);
    }

    private String readStream(InputStream in) throws IOException, BadTurn {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String event = null;
        String thread = null;
        int answered = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ") && event != null) {
                JsonNode data = JSON.readTree(line.substring(6));
                switch (event) {
                    case "metadata" -> thread = data.path("thread_id").asText(null);
                    case "token" -> answered += data.path("text").asText("").length();
                    case "replace" -> answered = data.path("text").asText("").length();
                    case "done" -> {
                        if (answered == 0) {
                            throw new BadTurn("stream done without an answer");
                        }
                        modelAnswered(data);
                        return required(thread, data);
                    }
                    case "error" -> throw new BadTurn("error event: " + first(line));
                    default -> { }
                }
            }
        }
        throw new BadTurn("the stream ended without done");
    }

    /**
     * A fallback reply means a model call failed: the turn did not take the path being measured. A
     * guardrail's refusal is counted (the questions are meant to pass).
     */
    private void modelAnswered(JsonNode done) throws BadTurn {
        if ("fallback".equals(done.path("validation").asText())) {
            throw new BadTurn("fallback reply (a model call failed; see the server's log)");
        }
        if (!done.path("guardrail").isNull() && !done.path("guardrail").isMissingNode()) {
            refusals.increment();
        }
    }

    private static String required(String thread, JsonNode seen) throws BadTurn {
        if (thread == null || thread.isBlank()) {
            throw new BadTurn("no thread_id: " + first(seen.toString()));
        }
        return thread;
    }

    private static String first(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
