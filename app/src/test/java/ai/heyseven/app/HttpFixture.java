package ai.heyseven.app;

import ai.heyseven.app.telemetry.Observability;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real HTTP client against a real running Hey Seven on a free loopback port. */
final class HttpFixture implements AutoCloseable {
    static final String KEY = "test-fleet-key";
    static final String HARBOR_KEY = "test-harbor-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    final HeySeven server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpFixture(Map<String, String> extraEnv) {
        server = HeySeven.start(settings(extraEnv));
    }

    /** With the given metrics and tracing. */
    HttpFixture(Map<String, String> extraEnv, Observability observability) {
        server = HeySeven.start(settings(extraEnv), observability);
    }

    private static Settings settings(Map<String, String> extraEnv) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("HEYSEVEN_PORT", "0",
                "HEYSEVEN_API_KEYS", KEY + "," + HARBOR_KEY + "@harbor-lights",
                "HEYSEVEN_RATE_LIMIT_PER_MINUTE", "100000"));
        env.putAll(extraEnv);
        return Settings.from(env);
    }

    HttpFixture() {
        this(Map.of());
    }

    /** The fixture's own client, for a request none of the helpers below sends. */
    HttpClient client() {
        return client;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON {@code POST} of {@code body} to {@code path} with {@code headers} (a key, an Origin, …). */
    HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> chat(String body, String accept) {
        return chat(body, accept, KEY);
    }

    /** The JSON reply to a chat {@code body}, which must be answered 200. */
    JsonNode ask(String body) {
        HttpResponse<String> response = chat(body, "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200, got " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("the reply is not JSON: " + response.body(), e);
        }
    }

    /**
     * A reply without the opening a conversation's first reply carries (the AI disclosure and any
     * welcome back, then a blank line): what tests of the answer itself compare.
     */
    static String body(String reply) {
        int end = reply.indexOf("\n\n");
        if (end > 0 && end <= 300 && discloses(reply.substring(0, end))) {
            return reply.substring(end + 2);
        }
        int last = reply.lastIndexOf("\n\n");
        return last > 0 && discloses(reply.substring(last + 2)) ? reply.substring(0, last) : reply;
    }

    /** Whether {@code text} is the AI disclosure, in one of the four languages. */
    private static boolean discloses(String text) {
        return text.length() <= 300 && (text.contains("AI assistant") || text.contains("asistente de IA")
                || text.contains("assistente de IA") || text.contains("AI助手"));
    }

    /** The ids of the items a JSON reply cites, in its order. */
    static List<String> sourceIds(JsonNode reply) {
        List<String> ids = new ArrayList<>();
        reply.get("sources").forEach(source -> ids.add(source.get("id").asText()));
        return ids;
    }

    HttpResponse<String> chat(String body, String accept, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/v1/chat"))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return send(request);
    }

    /**
     * Closes each of {@code started} that is not null, in order, even when one fails: a class whose
     * start failed half-way must still stop the servers it had started (an emulator or a
     * redis-server left running outlives the build).
     */
    static void closeAll(AutoCloseable... started) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : started) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Waits, polling, until {@code condition} holds; fails naming {@code what} after {@code limit}. */
    static void within(Duration limit, String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + limit);
            }
            Thread.sleep(50);
        }
    }

    /** A CMS change signed with {@code secret}, as the CMS sends it. */
    HttpResponse<String> cms(String secret, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/v1/webhooks/cms"))
                .header("Content-Type", "application/json")
                .header("X-Signature", ai.heyseven.adapter.http.WebhookSecret.of(secret).sign(bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** {@code DELETE /v1/casinos/{casino}/guests/{guest}} with {@code key}. */
    HttpResponse<String> erase(String casino, String guest, String key) {
        return send(HttpRequest.newBuilder(uri("/v1/casinos/" + casino + "/guests/" + guest)).header("X-API-Key", key).DELETE());
    }

    /** The events of an SSE body, as (name, data) pairs; comment lines are skipped. */
    static List<Event> events(String body) {
        List<Event> events = new ArrayList<>();
        for (String frame : body.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : frame.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
            if (name != null) {
                events.add(new Event(name, data.toString()));
            }
        }
        return events;
    }

    record Event(String name, String data) { }

    @Override
    public void close() {
        server.close();
    }
}
