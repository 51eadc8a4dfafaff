package ai.heyseven.ports.health;

/** One backend's readiness, as {@code /health} reports it. */
public interface HealthCheck {

    /** A short name, the key under {@code checks} in {@code /health}. */
    String name();

    /** Whether the server must report not-ready while this check is down. */
    boolean required();

    /** Checks now; must return within a bounded time and never throw. */
    HealthStatus check();
}
