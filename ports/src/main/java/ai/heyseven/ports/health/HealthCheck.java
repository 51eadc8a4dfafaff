package ai.heyseven.ports.health;

import java.util.function.Supplier;

/** One backend's readiness, as {@code /health} reports it. */
public interface HealthCheck {

    /** A short name, the key under {@code checks} in {@code /health}. */
    String name();

    /** Whether the server must report not-ready while this check is down. */
    boolean required();

    /** Checks now; must return within a bounded time and never throw. */
    HealthStatus check();

    /** A check named {@code name} that answers what {@code probe} says. */
    static HealthCheck of(String name, boolean required, Supplier<HealthStatus> probe) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean required() {
                return required;
            }

            @Override
            public HealthStatus check() {
                return probe.get();
            }
        };
    }
}
