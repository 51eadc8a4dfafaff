/**
 * The agent's telemetry port bound to Micrometer (Prometheus at {@code /metrics}) and OpenTelemetry
 * (OTLP when {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set, off and free otherwise), with trace ids in
 * the log context.
 */
package ai.heyseven.app.telemetry;
