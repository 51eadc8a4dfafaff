package ai.heyseven.benchmarks.load;

import ai.heyseven.adapter.gemini.FakeGemini;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * A Gemini stub that paces itself like the real service: a streamed answer's first chunk after
 * {@code --first-ms} (700), then a chunk of {@code --chunk-tokens} (8) words every
 * {@code --chunk-ms} (160) up to {@code --tokens} (300). The first chunk starts with a marker
 * {@code T<epoch µs in base 36>}, the moment it left the stub, so the client can measure the time
 * the server added before the guest saw it. Every other call (router, validator, planner,
 * classifier, token count) answers at once, as {@link FakeGemini} does. It runs on Jetty with
 * virtual threads (through Javalin), like the server, so thousands of streams cost it little;
 * loopback only. The fault harness runs it in its own JVM and turns on storms of 500s or 429s
 * ({@link #failFor}).
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
    /** Until when (epoch ms) every call fails, and with which status: the fault harness's model storms. */
    private volatile long failingUntil;
    private volatile int failingStatus;
    /** Streams one HTTP/2 connection may carry at once (Google's front ends: 100). */
    static final int STREAMS_PER_CONNECTION = 100;
    private Javalin server;

    private PacedGemini(int firstMs, int chunkMs, int chunkTokens, int tokens) {
        this.firstMs = firstMs;
        this.chunkMs = chunkMs;
        this.chunkTokens = chunkTokens;
        this.tokens = tokens;
    }

    public static void main(String[] arguments) {
        Args args = new Args(arguments, Map.of("port", "9401", "first-ms", "700", "chunk-ms", "160", "chunk-tokens", "8",
                "tokens", "300"));
        PacedGemini stub = start(args.integer("port"), args.integer("first-ms"), args.integer("chunk-ms"), args.integer("chunk-tokens"),
                args.integer("tokens"));
        System.out.println("paced Gemini stub on http://127.0.0.1:" + stub.port() + "/v1beta (pid "
                + ProcessHandle.current().pid() + "), first chunk after " + stub.firstMs + " ms, " + stub.chunkTokens + " tokens every "
                + stub.chunkMs + " ms up to " + stub.tokens);
    }

    /** Starts the stub on loopback ({@code port} 0: any free port). */
    public static PacedGemini start(int port, int firstMs, int chunkMs, int chunkTokens, int tokens) {
        PacedGemini stub = new PacedGemini(firstMs, chunkMs, chunkTokens, tokens);
        stub.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.post("/*", stub::handle);
            config.jetty.modifyServer(jetty -> jetty.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : jetty.getConnectors()) {
                        if (connector instanceof ServerConnector listening) {
                            // a slow model says nothing for --first-ms: Jetty's default 30 s idle timeout must not close it first
                            listening.setIdleTimeout(Math.max(30_000L, stub.firstMs + 60_000L));
                            // thousands of the server's calls connect at once; Java's default queue of 50 drops them
                            listening.setAcceptQueueSize(4_096);
                            // HTTP/2 without TLS (prior knowledge) beside HTTP/1.1, for the server's HEYSEVEN_LLM_HTTP2 calls;
                            // 100 streams per connection, as Google's front ends allow
                            HTTP2CServerConnectionFactory h2c = new HTTP2CServerConnectionFactory(new HttpConfiguration());
                            h2c.setMaxConcurrentStreams(STREAMS_PER_CONNECTION);
                            h2c.setStreamIdleTimeout(listening.getIdleTimeout());
                            listening.addConnectionFactory(h2c);
                        }
                    }
                }
            }));
        }).start();
        return stub;
    }

    public int port() {
        return server.port();
    }

    /**
     * For {@code duration} every call answers {@code status} with Gemini's error body (a 429 with
     * {@code Retry-After: 1}), as the real service does in a storm.
     */
    public void failFor(int status, Duration duration) {
        failingStatus = status;
        failingUntil = System.currentTimeMillis() + duration.toMillis();
    }

    public void stop() {
        server.stop();
    }

    private void handle(Context ctx) throws IOException {
        if (System.currentTimeMillis() < failingUntil) {
            fail(ctx, failingStatus);
            return;
        }
        String path = ctx.path();
        if (path.contains(":streamGenerateContent")) {
            stream(ctx);
        } else {
            ctx.contentType("application/json").result(FakeGemini.plausibleBody(path, ctx.body()));
        }
    }

    private static void fail(Context ctx, int status) {
        if (status == 429) {
            ctx.header("Retry-After", "1");
        }
        String reason = status == 429 ? "RESOURCE_EXHAUSTED" : status == 503 ? "UNAVAILABLE" : "INTERNAL";
        ctx.status(status).contentType("application/json")
                .result("{\"error\":{\"code\":" + status + ",\"message\":\"injected by the fault harness\",\"status\":\"" + reason + "\"}}");
    }

    private void stream(Context ctx) throws IOException {
        ctx.status(200).contentType("text/event-stream");
        OutputStream out = ctx.res().getOutputStream();
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
