package ai.heyseven.adapter.gemini;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * The model's HTTP client over HTTP/2 ({@link ModelTransport#HTTP2}), with the semantics of
 * {@link GeminiHttpClient}: an error keeps its {@code Retry-After} ({@link ModelHttpException}); a
 * streamed answer is read on the calling thread, and the call returns when it has ended; the answer
 * must start within {@code readTimeout}, and a stream quiet for as long is closed.
 */
final class Http2ModelClient implements HttpClient {
    private static final int MAX_ERROR_BODY = 4_096;

    private final org.eclipse.jetty.client.HttpClient client;
    private final Duration readTimeout;

    Http2ModelClient(org.eclipse.jetty.client.HttpClient client, Duration readTimeout) {
        this.client = client;
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        Answer answer = send(request);
        try (InputStream body = answer.body()) {
            byte[] bytes = body.readAllBytes();
            if (answer.status() / 100 != 2) {
                throw error(answer, new String(bytes, 0, Math.min(bytes.length, MAX_ERROR_BODY), StandardCharsets.UTF_8));
            }
            return SuccessfulHttpResponse.builder().statusCode(answer.status()).headers(answer.headers()).body(bytes).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the model API's answer broke off: " + e.getMessage(), e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        Answer answer;
        try {
            answer = send(request);
        } catch (RuntimeException e) {
            listener.onError(e);
            return;
        }
        try (InputStream body = new IdleTimeoutInputStream(answer.body(), readTimeout)) {
            if (answer.status() / 100 != 2) {
                listener.onError(error(answer, new String(body.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8)));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(answer.status()).headers(answer.headers()).build());
            parser.parse(body, listener);
            listener.onClose();
        } catch (IOException | RuntimeException e) {
            listener.onError(e);
        }
    }

    /** Sends {@code request} and waits, at most {@code readTimeout}, for the answer's head; its body is read as it comes. */
    private Answer send(HttpRequest request) {
        Request outgoing = client.newRequest(request.url()).method(request.method().name()).idleTimeout(readTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
        outgoing.headers(fields -> request.headers().forEach((name, values) -> values.forEach(value -> fields.add(name, value))));
        if (request.body() != null) {
            String type = request.headers().entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                    .flatMap(header -> header.getValue().stream()).findFirst().orElse("application/json");
            outgoing.body(new StringRequestContent(type, request.body(), StandardCharsets.UTF_8));
        }
        InputStreamResponseListener listener = new InputStreamResponseListener();
        outgoing.send(listener);
        try {
            Response response = listener.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.getStatus(), headers(response.getHeaders()), listener.getInputStream());
        } catch (TimeoutException e) {
            outgoing.abort(e);
            throw new dev.langchain4j.exception.TimeoutException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UncheckedIOException("the model API could not be reached: " + cause.getMessage(),
                    cause instanceof IOException io ? io : new IOException(cause));
        } catch (InterruptedException e) {
            outgoing.abort(e);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the model", e);
        }
    }

    private static Map<String, List<String>> headers(HttpFields fields) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : fields) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>(1)).add(field.getValue());
        }
        return headers;
    }

    private static ModelHttpException error(Answer answer, String body) {
        List<String> retryAfter = answer.headers().entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Retry-After"))
                .flatMap(header -> header.getValue().stream()).toList();
        return new ModelHttpException(answer.status(), body, GeminiHttpClient.retryAfter(retryAfter.stream().findFirst()));
    }

    /** An answer's status and head, its body still to be read. */
    private record Answer(int status, Map<String, List<String>> headers, InputStream body) { }
}
