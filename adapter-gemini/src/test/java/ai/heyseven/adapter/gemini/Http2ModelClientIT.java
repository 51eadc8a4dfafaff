package ai.heyseven.adapter.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.DefaultServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The model's HTTP/2 client: more calls at once than the server's stream limit all succeed, over few connections")
class Http2ModelClientIT {
    private static final int STREAM_LIMIT = 4;
    private static final int CALLS = 24;

    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private Server server;
    private HttpClient jetty;
    private String url;

    @BeforeEach
    void startH2cServer() throws Exception {
        server = new Server(new QueuedThreadPool(200));
        HTTP2CServerConnectionFactory h2c = new HTTP2CServerConnectionFactory(new HttpConfiguration());
        h2c.setMaxConcurrentStreams(STREAM_LIMIT);
        ServerConnector connector = new ServerConnector(server, h2c);
        connector.setHost("127.0.0.1");
        connector.addEventListener(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                connections.incrementAndGet();
            }
        });
        server.addConnector(connector);
        server.setHandler(new SlowModel());
        server.start();
        url = "http://127.0.0.1:" + connector.getLocalPort();
        jetty = Http2Clients.start(Duration.ofSeconds(5), 64);
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
        server.stop();
    }

    @Test
    void streamsPastTheStreamLimitOpenAnotherConnectionInsteadOfFailing() throws Exception {
        Http2ModelClient client = new Http2ModelClient(jetty, Duration.ofSeconds(10));
        List<Future<List<String>>> calls = new ArrayList<>();
        try (ExecutorService guests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CALLS; i++) {
                calls.add(guests.submit(() -> stream(client, "/v1beta/models/m:streamGenerateContent?alt=sse")));
            }
            for (Future<List<String>> call : calls) {
                assertEquals(List.of("{\"piece\":1}", "{\"piece\":2}", "{\"piece\":3}"), call.get(), "every call answered whole");
            }
        }
        assertTrue(mostAtOnce.get() > STREAM_LIMIT, "more calls ran at once (" + mostAtOnce.get() + ") than one connection's streams");
        int expected = CALLS / STREAM_LIMIT;
        assertTrue(connections.get() >= 2 && connections.get() <= expected + 2,
                CALLS + " calls over " + connections.get() + " connections (" + STREAM_LIMIT + " streams each)");
    }

    @Test
    void aPlainCallReturnsItsBodyAndAnErrorKeepsItsRetryAfter() {
        Http2ModelClient client = new Http2ModelClient(jetty, Duration.ofSeconds(10));
        SuccessfulHttpResponse answer = client.execute(request("/v1beta/models/m:generateContent"));
        assertEquals(200, answer.statusCode());
        assertEquals("{\"text\":\"hello\"}", answer.body());

        ModelHttpException throttled = assertThrows(ModelHttpException.class, () -> client.execute(request("/throttled")));
        assertEquals(429, throttled.statusCode());
        assertEquals(Duration.ofSeconds(7), throttled.retryAfter().orElseThrow());
        assertTrue(throttled.getMessage().contains("quota"), throttled.getMessage());
    }

    @Test
    void theProcessWideSwitchGivesEveryModelBuiltAfterItTheHttp2Client() {
        try {
            ModelTransport.use(ModelTransport.HTTP2);
            assertInstanceOf(Http2ModelClient.class, new GeminiHttpClient.Builder().build());
        } finally {
            ModelTransport.use(ModelTransport.HTTP1);
        }
        assertInstanceOf(GeminiHttpClient.class, new GeminiHttpClient.Builder().build(), "HTTP/1.1 stays the default");
    }

    @Test
    void anUnreachableModelFailsTheStreamThroughItsListener() throws Exception {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        server.stop();
        Http2ModelClient client = new Http2ModelClient(jetty, Duration.ofSeconds(5));
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        client.execute(HttpRequest.builder().method(HttpMethod.POST).url("http://127.0.0.1:" + port + "/x").body("{}").build(),
                new DefaultServerSentEventParser(), new ServerSentEventListener() {
                    @Override
                    public void onEvent(ServerSentEvent event) {
                    }

                    @Override
                    public void onError(Throwable error) {
                        errors.add(error);
                    }
                });
        assertEquals(1, errors.size());
        assertInstanceOf(java.io.UncheckedIOException.class, errors.getFirst());
    }

    private List<String> stream(Http2ModelClient client, String path) {
        List<String> events = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        client.execute(request(path), new DefaultServerSentEventParser(), new ServerSentEventListener() {
            @Override
            public void onEvent(ServerSentEvent event) {
                events.add(event.data());
            }

            @Override
            public void onError(Throwable error) {
                errors.add(error);
            }
        });
        if (!errors.isEmpty()) {
            throw new AssertionError("the call failed", errors.getFirst());
        }
        return events;
    }

    private HttpRequest request(String path) {
        return HttpRequest.builder().method(HttpMethod.POST).url(url + path).addHeader("Content-Type", "application/json")
                .addHeader("x-goog-api-key", "test-key").body("{\"contents\":[]}").build();
    }

    /** Answers like a slow model: three pieces, 100 ms apart; {@code /throttled} with 429 and Retry-After. */
    private final class SlowModel extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = Request.getPathInContext(request);
            if (path.equals("/throttled")) {
                response.setStatus(429);
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "7");
                response.write(true, ByteBuffer.wrap("{\"error\":\"quota\"}".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
            if (!path.endsWith(":streamGenerateContent")) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.write(true, ByteBuffer.wrap("{\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream");
                for (int piece = 1; piece <= 3; piece++) {
                    Thread.sleep(100);
                    try (Blocker.Callback written = Blocker.callback()) {
                        response.write(false, ByteBuffer.wrap(("data: {\"piece\":" + piece + "}\n\n").getBytes(StandardCharsets.UTF_8)),
                                written);
                        written.block();
                    }
                }
            } finally {
                running.decrementAndGet();
            }
            response.write(true, ByteBuffer.allocate(0), callback);
            return true;
        }
    }
}
