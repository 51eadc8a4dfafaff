package ai.heyseven.adapter.gemini;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that speaks the Gemini REST protocol as LangChain4j calls it
 * ({@code /models/{model}:generateContent}, {@code :streamGenerateContent?alt=sse}), answering each
 * request with the next scripted {@link Reply}. With an empty script it plays a plausible model:
 * structured requests get an answer of their schema's shape (the router says dining and safe, the
 * validator grounded), a stream gets {@link #STREAMED} in pieces, anything else "ok". It records every
 * request and the most requests it ever had in flight at once.
 */
public final class FakeGemini implements AutoCloseable {
    private final HttpServer server;
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    /** Answers only for requests that offer tools, so other roles' calls do not consume them. */
    private final Queue<Reply> toolScript = new ConcurrentLinkedQueue<>();
    public final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public record Recorded(String path, String apiKey, String body) { }

    /** One scripted answer. */
    public sealed interface Reply {
        record Text(String text) implements Reply { }
        record Stream(List<String> pieces, boolean cutOff) implements Reply { }
        /** A stream of these {@code GenerateContentResponse} JSON documents, one per event. */
        record Events(List<String> events) implements Reply { }
        /** Sends {@code pieces} of a stream, then goes quiet for {@code stall}. */
        record Stall(List<String> pieces, Duration stall) implements Reply { }
        record Status(int code, String body, String retryAfter) implements Reply { }
        record Slow(Duration delay, Reply then) implements Reply { }
        record Raw(String body) implements Reply { }
    }

    public FakeGemini() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1beta/models/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1beta");
    }

    public FakeGemini then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** Scripts an answer to the next request that offers tools (function declarations). */
    public FakeGemini thenWhenToolsOffered(Reply reply) {
        toolScript.add(reply);
        return this;
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Recorded(exchange.getRequestURI().toString(), exchange.getRequestHeaders().getFirst("x-goog-api-key"), body));
            Reply reply = body.contains("functionDeclarations") && !toolScript.isEmpty() ? toolScript.poll() : script.poll();
            answer(exchange, reply == null ? plausible(exchange.getRequestURI().toString(), body) : reply);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void answer(HttpExchange exchange, Reply reply) throws IOException {
        switch (reply) {
            case Reply.Slow slow -> {
                try {
                    Thread.sleep(slow.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                answer(exchange, slow.then());
            }
            case Reply.Text text -> send(exchange, 200, response(text.text(), true));
            case Reply.Raw raw -> send(exchange, 200, raw.body());
            case Reply.Status status -> {
                if (status.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", status.retryAfter());
                }
                send(exchange, status.code(), status.body());
            }
            case Reply.Events events -> sse(exchange, events.events());
            case Reply.Stall stall -> {
                sse(exchange, stall.pieces().stream().map(piece -> response(piece, false)).toList());
                try {
                    Thread.sleep(stall.stall());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case Reply.Stream stream -> {
                List<String> events = new java.util.ArrayList<>();
                for (int n = 0; n < stream.pieces().size(); n++) {
                    events.add(response(stream.pieces().get(n), n == stream.pieces().size() - 1 && !stream.cutOff()));
                }
                sse(exchange, events);
            }
        }
    }

    /** What the model says when no test scripted otherwise. */
    public static final String STREAMED = "Kaze Sushi & Robata serves omakase on the Promenade.";

    /** A deterministic 8-dimensional vector of a text, so equal texts embed equally. */
    static String vector(String text) {
        StringBuilder values = new StringBuilder("[");
        for (int i = 0; i < 8; i++) {
            values.append(i == 0 ? "" : ",").append(((text.hashCode() >> i) & 7) / 7.0 + 0.01);
        }
        return values.append(']').toString();
    }

    private static Reply plausible(String path, String body) {
        if (path.contains(":countTokens")) {
            return new Reply.Raw("{\"totalTokens\":1}");
        }
        if (path.contains(":batchEmbedContents")) {
            StringBuilder embeddings = new StringBuilder("{\"embeddings\":[");
            try {
                var requests = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("requests");
                for (int i = 0; i < requests.size(); i++) {
                    String text = requests.get(i).at("/content/parts/0/text").asText();
                    embeddings.append(i == 0 ? "" : ",").append("{\"values\":").append(vector(text)).append('}');
                }
            } catch (IOException e) {
                return new Reply.Status(400, "{}", null);
            }
            return new Reply.Raw(embeddings.append("]}").toString());
        }
        if (path.contains(":embedContent")) {
            String text = body.replaceAll("(?s).*\"text\"\\s*:\\s*\"([^\"]*)\".*", "$1");
            return new Reply.Raw("{\"embedding\":{\"values\":" + vector(text) + "}}");
        }
        if (path.contains(":streamGenerateContent")) {
            return new Reply.Stream(List.of("Kaze Sushi ", "& Robata serves ", "omakase on the Promenade."), false);
        }
        if (body.contains("\"confidence\"")) {
            return new Reply.Text("{\"intent\":\"dining\",\"confidence\":0.9,\"unsafe\":false,\"reason\":\"ordinary question\"}");
        }
        if (body.contains("\"grounded\"")) {
            return new Reply.Text("{\"grounded\":true,\"feedback\":\"\"}");
        }
        if (body.contains("\"next_question\"")) {
            return new Reply.Text("{\"next_question\":\"\"}");
        }
        if (body.contains("\"unsafe\"")) {
            return new Reply.Text("{\"unsafe\":false,\"reason\":\"ordinary question\"}");
        }
        return new Reply.Text("ok");
    }

    /** Sends each document as one server-sent event, flushed at once. */
    private static void sse(HttpExchange exchange, List<String> events) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String event : events) {
            out.write(("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /**
     * The body of a non-streamed call when nothing is scripted — the plausible router, validator,
     * planner, classifier and token-count answers — for other stubs (the load harness's) to share.
     */
    public static String plausibleBody(String path, String body) {
        return switch (plausible(path, body)) {
            case Reply.Text text -> response(text.text(), true);
            case Reply.Raw raw -> raw.body();
            default -> response("ok", true);
        };
    }

    /** The {@code usageMetadata} of every text answer: 12 prompt tokens (4 of them cached), 5 answer tokens, 3 thinking tokens. */
    public static final String USAGE =
            "{\"promptTokenCount\":12,\"candidatesTokenCount\":5,\"cachedContentTokenCount\":4,\"thoughtsTokenCount\":3,\"totalTokenCount\":20}";

    /** A {@code GenerateContentResponse} with one text part. */
    public static String response(String text, boolean finished) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"" + escaped + "\"}]}"
                + (finished ? ",\"finishReason\":\"STOP\"" : "") + "}],"
                + "\"usageMetadata\":" + USAGE + "}";
    }

    /** A {@code GenerateContentResponse} asking for one function call. */
    public static String functionCall(String name, String argumentsJson) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"" + name
                + "\",\"args\":" + argumentsJson + "}}]},\"finishReason\":\"STOP\"}],"
                + "\"usageMetadata\":{\"promptTokenCount\":20,\"candidatesTokenCount\":8,\"totalTokenCount\":28}}";
    }

    static String quotaExceeded() {
        return "{\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\",\"message\":\"Quota exceeded\"}}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
