package ai.heyseven.adapter.gemini;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP client LangChain4j's Gemini models talk through: {@code java.net.http}, with two things
 * the stock client does not do. An error response keeps its {@code Retry-After} (a
 * {@link ModelHttpException}), so retries can honour it; and a streamed response is read on the
 * calling thread, so a turn's tokens arrive on the turn's own (virtual) thread and the call returns
 * when the stream has ended — no hand-off, no thread left behind.
 *
 * <p>Every request has a deadline for its answer to start ({@code readTimeout}), and a streamed
 * answer that goes quiet for as long is closed ({@link IdleTimeoutInputStream}).
 */
final class GeminiHttpClient implements HttpClient {
    private static final int MAX_ERROR_BODY = 4_096;

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;

    private GeminiHttpClient(java.net.http.HttpClient client, Duration readTimeout) {
        this.client = client;
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw error(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
        }
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map())
                .body(response.body()).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        HttpResponse<InputStream> response;
        try {
            response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (RuntimeException e) {
            listener.onError(e);
            return;
        }
        try (InputStream body = new IdleTimeoutInputStream(response.body(), readTimeout)) {
            if (response.statusCode() / 100 != 2) {
                listener.onError(error(response.statusCode(), new String(body.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8), response));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map()).build());
            parser.parse(body, listener);
            listener.onClose();
        } catch (IOException | RuntimeException e) {
            listener.onError(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        java.net.http.HttpRequest.BodyPublisher body = request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
        builder.method(request.method().name(), body);
        try {
            return client.send(builder.build(), handler);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new dev.langchain4j.exception.TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("the model API could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the model", e);
        }
    }

    private static ModelHttpException error(int status, String body, HttpResponse<?> response) {
        String shortBody = body.length() > MAX_ERROR_BODY ? body.substring(0, MAX_ERROR_BODY) : body;
        return new ModelHttpException(status, shortBody, retryAfter(response));
    }

    /** {@code Retry-After} in seconds (the HTTP-date form is not used by Google's APIs and is ignored). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return retryAfter(response.headers().firstValue("Retry-After"));
    }

    /** A {@code Retry-After} header's value in seconds, if any. */
    static Optional<Duration> retryAfter(Optional<String> header) {
        return header.flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Builds the client LangChain4j asks for. Every model of every role and key shares one
     * {@code java.net.http} client (one connection pool, one selector thread) with a fixed connect
     * timeout; what differs per model is the read timeout, applied to each request.
     */
    static final class Builder implements HttpClientBuilder {
        static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
        // HTTP/1.1 on purpose: one connection per call in flight (as many as the bulkhead allows). Over
        // HTTP/2 the JDK client multiplexes on one connection and fails the calls past the server's
        // stream limit ("too many concurrent streams": 400 of 500 against a limit of 100, JDK 25)
        // instead of opening another connection.
        // The client's own work runs on its selector thread (a same-thread executor): it only hands bytes
        // to the calling (virtual) thread, which parses them, so the default executor's cached pool of
        // platform threads was one more hand-off per chunk (70-460 threads under load; with this, 22 and
        // 3-10 % less server CPU across the load harness's steps).
        private static final java.net.http.HttpClient SHARED = java.net.http.HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT).version(java.net.http.HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();

        private Duration readTimeout = Duration.ofSeconds(30);

        @Override
        public Duration connectTimeout() {
            return CONNECT_TIMEOUT;
        }

        /** Ignored: the shared client connects within {@link #CONNECT_TIMEOUT}. */
        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            if (timeout != null) {
                this.readTimeout = timeout;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            if (ModelTransport.chosen() == ModelTransport.HTTP2) {
                return new Http2ModelClient(Http2Clients.shared(), readTimeout);
            }
            return new GeminiHttpClient(SHARED, readTimeout);
        }
    }
}
