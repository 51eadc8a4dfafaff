package ai.heyseven.adapter.gemini;

import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.ModelStep;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.StructuredAnswer;
import ai.heyseven.ports.tools.ToolExchange;
import ai.heyseven.ports.tools.ToolSpec;
import ai.heyseven.ports.model.TokenSink;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The language model port behind resilience4j, as decorators of any {@link LanguageModel}:
 * <ul>
 * <li>a <b>retry</b> (outermost) of throttled (429) and unavailable (503) calls, backing off
 *     exponentially with jitter and at least as long as {@code Retry-After} asks, and only while
 *     the wait still fits the call's time budget — a stream is never retried once a token reached
 *     the guest;</li>
 * <li>a <b>bulkhead</b>: at most {@code maxConcurrency} calls in flight on this instance, a short
 *     bounded wait for a slot, then a fast refusal (each retry takes a slot anew, none is held while
 *     backing off);</li>
 * <li>a <b>circuit breaker per role</b>, which throttling does not trip: a quota storm is the
 *     bulkhead's and the backoff's business, not a sign that the model is down. The answer, router
 *     and validator open at half of the last 20 calls failed (10 seen); the advisory whisper planner
 *     and classifier after three failures in a row — switched off for the cool-down, shown in
 *     {@code /health}.</li>
 * </ul>
 * Every refusal is a {@link LanguageModelException}, which the graph turns into its fallback.
 */
public final class ResilientLanguageModel implements LanguageModel {
    private static final int WINDOW = 20;
    private static final int MINIMUM_CALLS = 10;
    private static final float FAILURE_RATE = 50f;
    private static final int HALF_OPEN_CALLS = 2;
    /** Advisory roles (the whisper planner, the classifier's second opinion) are switched off sooner: three failures in a row. */
    private static final int ADVISORY_WINDOW = 3;
    private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

    private final LanguageModel model;
    private final Map<ModelRole, CircuitBreaker> breakers = new EnumMap<>(ModelRole.class);
    private final Bulkhead bulkhead;
    private final Retry retry;
    private final Duration budget;
    private final Duration retryBase;

    public ResilientLanguageModel(LanguageModel model, GeminiSettings settings) {
        this.model = model;
        this.budget = settings.callTimeout();
        this.retryBase = settings.retryBase();
        CircuitBreakerConfig essential = breakerConfig(settings, WINDOW, MINIMUM_CALLS, FAILURE_RATE);
        CircuitBreakerConfig advisory = breakerConfig(settings, ADVISORY_WINDOW, ADVISORY_WINDOW, 100f);
        for (ModelRole role : ModelRole.values()) {
            boolean isAdvisory = role == ModelRole.WHISPER || role == ModelRole.CLASSIFIER;
            breakers.put(role, CircuitBreaker.of("model-" + role.name().toLowerCase(Locale.ROOT), isAdvisory ? advisory : essential));
        }
        this.bulkhead = Bulkhead.of("model", BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrency())
                .maxWaitDuration(settings.bulkheadWait())
                .build());
        this.retry = Retry.of("model", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(failure -> Failures.retryable(failure) && CURRENT.get() != null && CURRENT.get().mayRetry(failure))
                .intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) -> CURRENT.get().wait(attempt, outcome))
                .build());
    }

    private static CircuitBreakerConfig breakerConfig(GeminiSettings settings, int window, int minimumCalls, float failureRate) {
        return CircuitBreakerConfig.custom()
                .slidingWindow(window, minimumCalls, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(failureRate)
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_CALLS)
                .ignoreException(Failures::throttled)
                .build();
    }

    @Override
    public String complete(ModelRequest request) {
        return call(request.role(), () -> model.complete(request), new Call(request));
    }

    @Override
    public void stream(ModelRequest request, TokenSink sink) {
        Call call = new Call(request);
        call(request.role(), () -> {
            model.stream(request, token -> {
                call.delivered = true;
                return sink.accept(token);
            });
            return null;
        }, call);
    }

    @Override
    public <T extends StructuredAnswer> T structured(ModelRequest request, Shape<T> shape) {
        return call(request.role(), () -> model.structured(request, shape), new Call(request));
    }

    @Override
    public ModelStep step(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges) {
        return call(request.role(), () -> model.step(request, tools, exchanges), new Call(request));
    }

    @Override
    public ModelStep streamStep(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges, TokenSink sink) {
        Call call = new Call(request);
        return call(request.role(), () -> model.streamStep(request, tools, exchanges, token -> {
            call.delivered = true;
            return sink.accept(token);
        }), call);
    }

    /** Each role's breaker state: {@code closed}, {@code open}, {@code half_open}, … for {@code /health}. */
    public Map<String, String> breakerStates() {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        breakers.forEach((role, breaker) -> states.put(role.name().toLowerCase(Locale.ROOT), breaker.getState().name().toLowerCase(Locale.ROOT)));
        return states;
    }

    /** Calls in flight now, of at most {@code maxConcurrency}. */
    public int callsInFlight() {
        return bulkhead.getBulkheadConfig().getMaxConcurrentCalls() - bulkhead.getMetrics().getAvailableConcurrentCalls();
    }

    private <T> T call(ModelRole role, Supplier<T> work, Call call) {
        if (call.deadline - System.nanoTime() <= 0) {
            throw new LanguageModelException("the turn's time is up; the model was not called", null);
        }
        Supplier<T> guarded = Retry.decorateSupplier(retry, Bulkhead.decorateSupplier(bulkhead,
                CircuitBreaker.decorateSupplier(breakers.get(role), work)));
        Call outer = CURRENT.get();
        CURRENT.set(call);
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            throw new LanguageModelException("the " + role.name().toLowerCase(Locale.ROOT) + " model's circuit breaker is open", e);
        } catch (BulkheadFullException e) {
            throw new LanguageModelException("every model slot is busy (" + bulkhead.getBulkheadConfig().getMaxConcurrentCalls()
                    + " calls in flight); refused rather than queued", e);
        } catch (LanguageModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LanguageModelException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * One call's budget — the call's own limit or the time its turn has left, whichever ends first —
     * and whether its stream already reached the guest.
     */
    private final class Call {
        final long deadline;
        volatile boolean delivered;

        Call(ModelRequest request) {
            deadline = System.nanoTime() + Math.min(budget.toNanos(), request.timeLeft().toNanos());
        }

        boolean mayRetry(Throwable failure) {
            return !delivered && Failures.retryAfter(failure).orElse(Duration.ZERO).toNanos() < deadline - System.nanoTime();
        }

        /** Milliseconds to wait before attempt {@code attempt + 1}: backoff with jitter, at least Retry-After, within the budget. */
        long wait(int attempt, Either<Throwable, Object> outcome) {
            long backoff = (long) (retryBase.toMillis() * Math.pow(2, attempt - 1) * ThreadLocalRandom.current().nextDouble(0.5, 1.5));
            long asked = outcome.isLeft() ? Failures.retryAfter(outcome.getLeft()).map(Duration::toMillis).orElse(0L) : 0L;
            long remaining = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
            return Math.min(Math.max(backoff, asked), remaining);
        }
    }
}
