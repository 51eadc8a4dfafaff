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

/**
 * What the running server holds, read when Prometheus scrapes: streams open, turns in flight (the
 * drain's progress while draining), whether it drains, each circuit breaker's state, and the SMS the
 * carrier reported undelivered.
 */
public final class ServiceGauges {
    /** resilience4j's states as /health names them; one series per breaker and state, 1 for the current one. */
    private static final List<String> BREAKER_STATES = Arrays.stream(CircuitBreaker.State.values())
            .map(state -> state.name().toLowerCase(Locale.ROOT)).toList();

    private ServiceGauges() {
    }

    public static void bind(MeterRegistry registry, HttpServer server, Supplier<Map<String, String>> breakers,
            LongSupplier smsDeliveryFailures) {
        Gauge.builder("heyseven.sse.streams.open", server, HttpServer::streamsOpen)
                .description("server-sent event streams open now").register(registry);
        Gauge.builder("heyseven.turns.in.flight", server, HttpServer::turnsInFlight)
                .description("turns running now; while draining, the ones the drain still waits for").register(registry);
        Gauge.builder("heyseven.draining", server, s -> s.draining() ? 1 : 0)
                .description("1 while the instance drains before stopping").register(registry);
        for (String breaker : breakers.get().keySet()) {
            for (String state : BREAKER_STATES) {
                Gauge.builder("heyseven.circuit.breaker.state", breakers, all -> state.equals(all.get().get(breaker)) ? 1 : 0)
                        .description("1 for each circuit breaker's current state")
                        .tags("name", breaker, "state", state).register(registry);
            }
        }
        FunctionCounter.builder("heyseven.sms.delivery.failures", smsDeliveryFailures, LongSupplier::getAsLong)
                .description("texts the carrier reported undelivered since start").register(registry);
    }

    /** The fill of each of {@code stores} kept in process memory with a bound (the others are remote: nothing to show). */
    public static void bindStores(MeterRegistry registry, Map<String, ?> stores) {
        stores.forEach((name, store) -> {
            if (store instanceof BoundedStore bounded) {
                Gauge.builder("heyseven.store.size", bounded, s -> s.fill().size())
                        .description("entries a bounded in-memory store or cache holds").tag("store", name).register(registry);
                Gauge.builder("heyseven.store.capacity", bounded, s -> s.fill().capacity())
                        .description("the most a bounded in-memory store or cache holds").tag("store", name).register(registry);
                FunctionCounter.builder("heyseven.store.evictions", bounded, s -> s.fill().evictions())
                        .description("entries dropped to stay within the bound").tag("store", name).register(registry);
            }
        });
    }
}
