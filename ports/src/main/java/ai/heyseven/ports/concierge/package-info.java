/**
 * The driving port: one guest turn in, a stream of {@link ai.heyseven.ports.concierge.AgentEvent}s
 * out. The event types map one to one onto the server-sent events of the HTTP API.
 */
package ai.heyseven.ports.concierge;
