package ai.heyseven.adapter.http;

import ai.heyseven.ports.health.HealthCheck;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What {@code /health} reports: the checks (a required one down makes the instance unready) and
 * the circuit breakers' states (reported, never a reason to be unready: an open breaker means
 * fallback answers, not a dead instance).
 */
public record HealthSources(List<HealthCheck> checks, Supplier<Map<String, String>> circuitBreakers) {
    public HealthSources {
        checks = List.copyOf(checks);
        Objects.requireNonNull(circuitBreakers, "circuitBreakers");
    }

    /** Checks only, no breakers. */
    public static HealthSources of(List<HealthCheck> checks) {
        return new HealthSources(checks, Map::of);
    }
}
