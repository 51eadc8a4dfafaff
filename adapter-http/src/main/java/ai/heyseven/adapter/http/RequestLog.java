package ai.heyseven.adapter.http;

import ai.heyseven.ports.telemetry.LogFields;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Span;
import ai.heyseven.ports.telemetry.Telemetry;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Around every request: its id (also in the log context as {@code request_id}), a span, and at its
 * end one access-log line and one measurement, both by route template — never the path itself,
 * which may name a guest — status and duration.
 */
final class RequestLog {
    private static final Logger ACCESS = LoggerFactory.getLogger("ai.heyseven.access");
    private static final String SPAN = "heyseven.span";
    private static final String STARTED = "heyseven.started";

    private final Telemetry telemetry;

    RequestLog(Telemetry telemetry) {
        this.telemetry = telemetry;
    }

    void begin(Context ctx) {
        RequestIds.assign(ctx);
        MDC.clear();
        MDC.put(LogFields.REQUEST_ID, RequestIds.of(ctx));
        ctx.attribute(STARTED, System.nanoTime());
        ctx.attribute(SPAN, telemetry.span("http " + ctx.method().name()));
    }

    void end(Context ctx) {
        Long started = ctx.attribute(STARTED);
        Duration took = Duration.ofNanos(started == null ? 0 : System.nanoTime() - started);
        String route = route(ctx);
        int status = ctx.statusCode();
        ACCESS.info("{} {} {} {} ms", ctx.method().name(), route, status, took.toMillis());
        telemetry.record(new Measurement.HttpServed(ctx.method().name(), route, status, took));
        Span span = ctx.attribute(SPAN);
        if (span != null) {
            span.attribute("http.route", route).attribute("http.response.status_code", Integer.toString(status)).close();
        }
        MDC.clear();
    }

    /** Names the casino a request is about in every log line that follows (when it looks like an id at all). */
    static void casino(String casinoId) {
        if (casinoId != null && RequestIds.SANE.matcher(casinoId).matches()) {
            MDC.put(LogFields.CASINO_ID, casinoId);
        }
    }

    /** Names the conversation a request is about in every log line that follows. */
    static void thread(String threadId) {
        MDC.put(LogFields.THREAD_ID, threadId);
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? "unmatched" : endpoint.path;
    }
}
