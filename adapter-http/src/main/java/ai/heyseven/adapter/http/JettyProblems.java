package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The requests Jetty refuses before any route runs — broken framing (a doubled, negative or
 * garbage {@code Content-Length}, bad chunks), a bad URI, path or {@code Host}, headers or a
 * target too long, an unknown HTTP version — answered as problem+json like every other error,
 * instead of Jetty's HTML page or an empty body. The detail is fixed per status: nothing of the
 * refused request is echoed.
 */
final class JettyProblems extends ErrorHandler {
    private static final String PROBLEM_JSON = "application/problem+json";

    /** An error of a request Jetty parsed (the servlet layer, or the server's own checks). */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, body(response.getStatus()), callback);
        return true;
    }

    /** An error of a message Jetty could not parse into a request. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        return body(status);
    }

    static Problem problem(int status) {
        return switch (status) {
            case 404 -> Problem.of("not-found", "Not found", 404, "no such resource");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405, "this method is not served here");
            case 413 -> Problem.of("payload-too-large", "Body too large", 413, "the request is larger than this server takes");
            case 414 -> Problem.of("uri-too-long", "URI too long", 414, "the request target is longer than this server takes");
            case 431 -> Problem.of("headers-too-large", "Headers too large", 431, "the request's headers are larger than this server takes");
            case 505 -> Problem.of("http-version-not-supported", "HTTP version not supported", 505, "send HTTP/1.1");
            default -> status >= 500
                    ? Problem.of("internal", "Internal error", 500, "something went wrong on our side")
                    : Problem.of("bad-request", "Bad request", 400, "the request is not well-formed HTTP (framing, URI, path or Host)");
        };
    }

    private static ByteBuffer body(int status) {
        return ByteBuffer.wrap(Json.write(Json.problem(problem(status), null)).getBytes(StandardCharsets.UTF_8));
    }
}
