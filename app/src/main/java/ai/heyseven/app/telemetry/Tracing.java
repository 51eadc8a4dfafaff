package ai.heyseven.app.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigurationException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Traces as OpenTelemetry's own variables configure them ({@code OTEL_EXPORTER_OTLP_ENDPOINT},
 * {@code OTEL_SERVICE_NAME}, {@code OTEL_TRACES_SAMPLER}, …, read by the SDK's autoconfiguration):
 * exported over OTLP when an endpoint is set, otherwise not built at all (a no-op that costs nothing).
 * Only traces: metrics go to {@code /metrics}, logs to standard output.
 */
record Tracing(OpenTelemetry openTelemetry, OpenTelemetrySdk sdk) implements AutoCloseable {
    static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    static final String TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";

    static Tracing fromEnvironment(Map<String, String> environment) {
        if (isBlank(environment.get(ENDPOINT)) && isBlank(environment.get(TRACES_ENDPOINT))) {
            return new Tracing(OpenTelemetry.noop(), null);
        }
        OpenTelemetrySdk sdk;
        try {
            sdk = AutoConfiguredOpenTelemetrySdk.builder()
                    .addPropertiesSupplier(() -> Map.of(
                            "otel.service.name", "heyseven",
                            // the JDK's HTTP client sends OTLP over HTTP; gRPC would need OkHttp or a gRPC channel
                            "otel.exporter.otlp.protocol", "http/protobuf",
                            "otel.metrics.exporter", "none",
                            "otel.logs.exporter", "none"))
                    .addPropertiesSupplier(() -> properties(environment))
                    .build()
                    .getOpenTelemetrySdk();
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException("OTEL_* (OpenTelemetry's variables): " + e.getMessage(), e);
        }
        return new Tracing(sdk, sdk);
    }

    /** {@code OTEL_EXPORTER_OTLP_ENDPOINT} as the SDK's property {@code otel.exporter.otlp.endpoint}. */
    private static Map<String, String> properties(Map<String, String> environment) {
        Map<String, String> properties = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("OTEL_")) {
                properties.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return properties;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public void close() {
        if (sdk != null) {
            sdk.close();
        }
    }
}
