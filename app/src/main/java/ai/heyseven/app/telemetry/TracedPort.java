package ai.heyseven.app.telemetry;

import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Span;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;

/**
 * A port whose every call to its backend is measured ({@code heyseven_backend_calls_seconds} by
 * backend, operation and outcome) and, within a request or turn, traced as a span
 * {@code <backend> <Port>.<method>}: one wrapper for every Redis, Firestore and Telnyx port, rather
 * than a hand-written decorator per port.
 */
public final class TracedPort implements InvocationHandler {
    private final Object target;
    private final String backend;
    private final String port;
    private final Observability observability;

    private TracedPort(Object target, String backend, String port, Observability observability) {
        this.target = target;
        this.backend = backend;
        this.port = port;
        this.observability = observability;
    }

    /** {@code target}, seen through {@code type}, with its calls measured and traced as calls to {@code backend}. */
    public static <T> T of(Class<T> type, T target, String backend, Observability observability) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new TracedPort(target, backend, type.getSimpleName(), observability)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
        }
        String operation = port + "." + method.getName();
        long start = System.nanoTime();
        String outcome = "error";
        try (Span span = observability.childSpan(backend + " " + operation)) {
            try {
                Object result = method.invoke(target, args);
                outcome = "ok";
                return result;
            } catch (InvocationTargetException e) {
                span.failed(e.getCause());
                throw e.getCause();
            }
        } finally {
            observability.record(new Measurement.BackendCalled(backend, operation, outcome,
                    Duration.ofNanos(System.nanoTime() - start)));
        }
    }
}
