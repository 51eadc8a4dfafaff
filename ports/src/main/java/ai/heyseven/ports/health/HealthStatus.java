package ai.heyseven.ports.health;

import java.util.Objects;

/** The result of a {@link HealthCheck}: up or down, with a short detail for operators. */
public record HealthStatus(boolean up, String detail) {
    public HealthStatus {
        Objects.requireNonNull(detail, "detail");
    }

    public static HealthStatus up(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(false, detail);
    }
}
