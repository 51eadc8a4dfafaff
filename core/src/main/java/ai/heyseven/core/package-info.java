/**
 * The agent itself, in pure Java: a small typed state-graph engine ({@code graph}), the concierge
 * graph that answers a guest ({@code concierge}) and lexical retrieval over a property's knowledge
 * ({@code knowledge}). Its one entry point is {@link ai.heyseven.core.concierge.Concierges#builder()}:
 * given the ports (one by one, or a backend's {@code DurablePorts} and {@code StatePorts} whole), it
 * builds the {@code Agent}, whose methods return driving ports. Callers outside core name only the
 * builder, the agent, the {@code SmsSetup} the builder takes and the guardrails as a library; the
 * other classes are public only because one package of core calls another, and an ArchUnit rule
 * keeps callers off them.
 */
package ai.heyseven.core;
