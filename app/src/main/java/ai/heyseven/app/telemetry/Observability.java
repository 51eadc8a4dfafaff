package ai.heyseven.app.telemetry;

import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Span;
import ai.heyseven.ports.telemetry.Telemetry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.MDC;

/**
 * The {@link Telemetry} of a running Hey Seven: measurements become Micrometer meters in a
 * Prometheus registry, spans become OpenTelemetry spans, and while a span is current its trace and
 * span ids are in the log context ({@code trace_id}, {@code span_id}).
 */
public final class Observability implements Telemetry, AutoCloseable {
    static final String TRACE_ID = "trace_id";
    static final String SPAN_ID = "span_id";
    private static final String INSTRUMENTATION = "ai.heyseven";

    private final PrometheusMeterRegistry registry;
    private final Tracer tracer;
    private final MeasurementMeters meters;
    private final AutoCloseable tracing;
    private final AutoCloseable jvm;

    private Observability(OpenTelemetry openTelemetry, AutoCloseable tracing) {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
        this.meters = new MeasurementMeters(registry);
        this.tracing = tracing;
        this.jvm = JvmMeters.bind(registry);
    }

    /** Metrics in a new registry; traces through {@code openTelemetry} ({@link OpenTelemetry#noop()} for none). */
    public static Observability with(OpenTelemetry openTelemetry) {
        return new Observability(openTelemetry, () -> { });
    }

    /** Metrics, and traces as the standard {@code OTEL_*} variables in {@code environment} say (none when unset). */
    public static Observability fromEnvironment(Map<String, String> environment) {
        Tracing tracing = Tracing.fromEnvironment(environment);
        return new Observability(tracing.openTelemetry(), tracing);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The registry's meters in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public Span span(String name) {
        Context context = TurnTally.within(Context.current());
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder(name).setParent(context).startSpan();
        return new OpenSpan(span, context.with(span).makeCurrent());
    }

    /** A span only when this thread is already within a trace: backend calls of a request or turn, not a poller's. */
    Span childSpan(String name) {
        return io.opentelemetry.api.trace.Span.current().getSpanContext().isValid() ? span(name) : Span.NONE;
    }

    @Override
    public <T> Callable<T> carry(Callable<T> work) {
        Context context = Context.current();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            setLogContext(logContext);
            try (Scope ignored = context.makeCurrent()) {
                return work.call();
            } finally {
                setLogContext(before);
            }
        };
    }

    @Override
    public void record(Measurement measurement) {
        meters.record(measurement);
        TurnTally tally = TurnTally.current();
        if (tally == null) {
            return;
        }
        switch (measurement) {
            case Measurement.ModelCalled call -> tally.add(call);
            case Measurement.TurnEnded ended -> turnEnded(tally.take());
            default -> { }
        }
    }

    /** The turn's tokens on its span (current while the turn reports its end), and its cost among the turns' costs. */
    private void turnEnded(TurnTally.Totals totals) {
        io.opentelemetry.api.trace.Span turn = io.opentelemetry.api.trace.Span.current();
        turn.setAttribute("gen_ai.usage.input_tokens", totals.prompt());
        turn.setAttribute("gen_ai.usage.output_tokens", totals.output());
        if (totals.priced()) {
            turn.setAttribute("heyseven.turn.cost_usd", totals.costUsd());
            meters.turnCost(totals.costUsd());
        }
    }

    @Override
    public void close() throws Exception {
        jvm.close();
        registry.close();
        tracing.close();
    }

    private static void setLogContext(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }

    /** An OpenTelemetry span and its scope; its ids are in the log context until it closes. */
    private static final class OpenSpan implements Span {
        private final io.opentelemetry.api.trace.Span span;
        private final Scope scope;
        private final String traceBefore;
        private final String spanBefore;

        OpenSpan(io.opentelemetry.api.trace.Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
            this.traceBefore = MDC.get(TRACE_ID);
            this.spanBefore = MDC.get(SPAN_ID);
            SpanContext ids = span.getSpanContext();
            if (ids.isValid()) {
                MDC.put(TRACE_ID, ids.getTraceId());
                MDC.put(SPAN_ID, ids.getSpanId());
            }
        }

        @Override
        public Span attribute(String key, String value) {
            span.setAttribute(key, value);
            return this;
        }

        @Override
        public void failed(Throwable cause) {
            span.setStatus(StatusCode.ERROR, cause.getClass().getSimpleName());
        }

        @Override
        public void close() {
            scope.close();
            span.end();
            restore(TRACE_ID, traceBefore);
            restore(SPAN_ID, spanBefore);
        }

        private static void restore(String key, String value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }
}
