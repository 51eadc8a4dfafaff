/**
 * What the agent and its adapters report about their work — spans and measurements — so that the
 * launcher can bind metrics and tracing (Micrometer, OpenTelemetry) without the agent knowing them.
 * Every label a measurement carries is from a small, fixed set: never a thread, guest, request id
 * or free text.
 */
package ai.heyseven.ports.telemetry;
