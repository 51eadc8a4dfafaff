package ai.heyseven.app.telemetry;

import ai.heyseven.adapter.http.HttpServer;
import ai.heyseven.ports.telemetry.BoundedStore;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * What the running server holds, read when Prometheus scrapes: streams open, turns in flight (the
 * drain's progress while draining), whether it drains, each circuit breaker's state, and the SMS the
 * carrier reported undelivered.
 *
 * <p>Every meter here holds what it reads. Micrometer keeps a gauge's or function counter's object
 * only weakly, so one that nothing else holds (a lambda made for the meter) is collected by the next
 * full GC, and from then on the gauge reads NaN and the counter its last value: an alert on it blind.
 */
public final class ServiceGauges {
    /** resilience4j's states as /health names them; one series per breaker and state, 1 for the current one. */
    private static final List<String> BREAKER_STATES = Arrays.stream(CircuitBreaker.State.values())
            .map(state -> state.name().toLowerCase(Locale.ROOT)).toList();

    private ServiceGauges() {
    }

    public static void bind(MeterRegistry registry, HttpServer server, Supplier<Map<String, String>> breakers,
            LongSupplier smsDeliveryFailures) {
        gauge(registry, "heyseven.sse.streams.open", "server-sent event streams open now", server, HttpServer::streamsOpen);
        gauge(registry, "heyseven.turns.in.flight", "turns running now; while draining, the ones the drain still waits for",
                server, HttpServer::turnsInFlight);
        gauge(registry, "heyseven.scheduling.lag.seconds", "how late the server runs its own work; past HEYSEVEN_SHED_LAG_MS new turns are shed",
                server, HttpServer::schedulingLagSeconds);
        gauge(registry, "heyseven.draining", "1 while the instance drains before stopping", server, s -> s.draining() ? 1 : 0);
        for (String breaker : breakers.get().keySet()) {
            for (String state : BREAKER_STATES) {
                gauge(registry, "heyseven.circuit.breaker.state", "1 for each circuit breaker's current state", breakers,
                        all -> state.equals(all.get().get(breaker)) ? 1 : 0, "name", breaker, "state", state);
            }
        }
        functionCounter(registry, "heyseven.sms.delivery.failures", "texts the carrier reported undelivered since start",
                smsDeliveryFailures, LongSupplier::getAsLong);
    }

    /** Urgent desk cases the casinos' webhooks were never told of: a full queue, or every attempt failed. */
    public static void bindCaseAlerts(MeterRegistry registry, LongSupplier failures) {
        functionCounter(registry, "heyseven.desk.alerts.failed", "urgent desk cases whose webhook alert was given up since start",
                failures, LongSupplier::getAsLong);
    }

    /** Questions whose embedding came from the cache ({@code result="hit"}) and those the model embedded ({@code "miss"}). */
    public static void bindEmbeddingCache(MeterRegistry registry, LongSupplier hits, LongSupplier misses) {
        String description = "query embeddings asked for since start, by whether the cache held them";
        functionCounter(registry, "heyseven.embedding.cache.lookups", description, hits, LongSupplier::getAsLong, "result", "hit");
        functionCounter(registry, "heyseven.embedding.cache.lookups", description, misses, LongSupplier::getAsLong, "result", "miss");
    }

    /** The fill of each of {@code stores} kept in process memory with a bound (the others are remote: nothing to show). */
    public static void bindStores(MeterRegistry registry, Map<String, ?> stores) {
        stores.forEach((name, store) -> {
            if (store instanceof BoundedStore bounded) {
                gauge(registry, "heyseven.store.size", "entries a bounded in-memory store or cache holds", bounded,
                        s -> s.fill().size(), "store", name);
                gauge(registry, "heyseven.store.capacity", "the most a bounded in-memory store or cache holds", bounded,
                        s -> s.fill().capacity(), "store", name);
                functionCounter(registry, "heyseven.store.evictions", "entries dropped to stay within the bound", bounded,
                        s -> s.fill().evictions(), "store", name);
            }
        });
    }

    private static <T> void gauge(MeterRegistry registry, String name, String description, T state, ToDoubleFunction<T> value,
            String... tags) {
        Gauge.builder(name, state, value).description(description).tags(tags).strongReference(true).register(registry);
    }

    /**
     * FunctionCounter's builder has no {@code strongReference}: it holds its object weakly and its
     * function strongly. So the function holds {@code state}, and the object held weakly is the
     * registry itself, which is there for as long as anyone scrapes the counter.
     */
    private static <T> void functionCounter(MeterRegistry registry, String name, String description, T state,
            ToDoubleFunction<T> count, String... tags) {
        FunctionCounter.builder(name, registry, ignored -> count.applyAsDouble(state)).description(description).tags(tags)
                .register(registry);
    }
}
