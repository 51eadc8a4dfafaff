package ai.heyseven.adapter.http;

import ai.heyseven.ports.telemetry.Telemetry;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the server reports to and what it shows: where request spans and measurements go, and the
 * text {@code GET /metrics} answers (Prometheus' exposition format).
 */
public record Monitoring(Telemetry telemetry, Supplier<String> metrics) {
    public Monitoring {
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Reports nothing; {@code /metrics} is empty. */
    public static Monitoring none() {
        return new Monitoring(Telemetry.NONE, () -> "");
    }
}
