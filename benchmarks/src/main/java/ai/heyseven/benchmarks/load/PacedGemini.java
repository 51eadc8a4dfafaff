package ai.heyseven.benchmarks.load;

import ai.heyseven.adapter.gemini.FakeGemini;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A Gemini stub that paces itself like the real service: a streamed answer's first chunk after
 * {@code --first-ms} (700), then a chunk of {@code --chunk-tokens} (8) words every
 * {@code --chunk-ms} (160) up to {@code --tokens} (300). The first chunk starts with a marker
 * {@code T<epoch µs in base 36>}, the moment it left the stub, so the client can measure the time
 * the server added before the guest saw it. Every other call (router, validator, planner,
 * classifier, token count) answers at once, as {@link FakeGemini} does. Loopback only; one virtual
 * thread per request.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar ai.heyseven.benchmarks.load.PacedGemini --port 9401</pre>
 */
public final class PacedGemini {
    private static final String[] WORDS = ("Kaze Sushi & Robata serves omakase nightly on the Promenade with nigiri sashimi "
            + "and robata skewers from the grill while the bar pours sake and Japanese whisky until late").split(" ");

    private final int firstMs;
    private final int chunkMs;
    private final int chunkTokens;
    private final int tokens;

    private PacedGemini(int firstMs, int chunkMs, int chunkTokens, int tokens) {
        this.firstMs = firstMs;
        this.chunkMs = chunkMs;
        this.chunkTokens = chunkTokens;
        this.tokens = tokens;
    }

    public static void main(String[] arguments) throws IOException {
        Args args = new Args(arguments, Map.of("port", "9401", "first-ms", "700", "chunk-ms", "160", "chunk-tokens", "8",
                "tokens", "300"));
        PacedGemini stub = new PacedGemini(args.integer("first-ms"), args.integer("chunk-ms"), args.integer("chunk-tokens"),
                args.integer("tokens"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), args.integer("port")), 4096);
        server.createContext("/", stub::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        System.out.println("paced Gemini stub on http://127.0.0.1:" + server.getAddress().getPort() + "/v1beta (pid "
                + ProcessHandle.current().pid() + "), first chunk after " + stub.firstMs + " ms, " + stub.chunkTokens + " tokens every "
                + stub.chunkMs + " ms up to " + stub.tokens);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().toString();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.contains(":streamGenerateContent")) {
                stream(exchange);
            } else {
                byte[] reply = FakeGemini.plausibleBody(path, body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
            }
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            Thread.sleep(firstMs);
            int sent = 0;
            int word = 0;
            while (sent < tokens) {
                StringBuilder chunk = new StringBuilder();
                if (sent == 0) {
                    chunk.append('T').append(Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()), 36)).append(' ');
                }
                for (int i = 0; i < chunkTokens && sent < tokens; i++, sent++) {
                    chunk.append(WORDS[word++ % WORDS.length]).append(' ');
                }
                out.write(("data: " + FakeGemini.response(chunk.toString(), sent >= tokens) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (sent < tokens) {
                    Thread.sleep(chunkMs);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // the server cancelled the call (its guest went away): nothing to finish
        }
    }
}
