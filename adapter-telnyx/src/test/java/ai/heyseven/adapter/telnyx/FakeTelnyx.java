package ai.heyseven.adapter.telnyx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
 * A loopback HTTP server that speaks the Telnyx v2 messages API ({@code POST /v2/messages}),
 * answering each request with the next scripted {@link Reply} — by default a queued message with a
 * fresh id. It records every message it was asked to send.
 */
public final class FakeTelnyx implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    /** Every request, in arrival order. */
    public final List<Sent> requests = new CopyOnWriteArrayList<>();

    /** What a client asked to send, and with which key. */
    public record Sent(String authorization, String from, String to, String text) { }

    /** One scripted answer. */
    public sealed interface Reply {
        record Ok() implements Reply { }
        record Status(int code, String retryAfter) implements Reply { }
        record Slow(Duration delay, Reply then) implements Reply { }
        record Raw(String body) implements Reply { }
    }

    public FakeTelnyx() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v2/messages", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeTelnyx then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** Drops the answers scripted but not used yet. */
    public void clearScript() {
        script.clear();
    }

    /** The messages sent to {@code to}, in order. */
    public List<String> textsTo(String to) {
        return requests.stream().filter(sent -> sent.to().equals(to)).map(Sent::text).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(new Sent(exchange.getRequestHeaders().getFirst("Authorization"), body.path("from").asText(),
                    body.path("to").asText(), body.path("text").asText()));
            Reply reply = script.poll();
            answer(exchange, reply == null ? new Reply.Ok() : reply);
        }
    }

    private void answer(HttpExchange exchange, Reply reply) throws IOException {
        switch (reply) {
            case Reply.Ok ok -> write(exchange, 200, "{\"data\":{\"record_type\":\"message\",\"id\":\"msg-" + ids.incrementAndGet()
                    + "\",\"to\":[{\"status\":\"queued\"}]}}");
            case Reply.Status status -> {
                if (status.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", status.retryAfter());
                }
                write(exchange, status.code(), "{\"errors\":[{\"code\":\"" + status.code() + "\",\"title\":\"scripted\"}]}");
            }
            case Reply.Slow slow -> {
                try {
                    Thread.sleep(slow.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                answer(exchange, slow.then());
            }
            case Reply.Raw raw -> write(exchange, 200, raw.body());
        }
    }

    private static void write(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
