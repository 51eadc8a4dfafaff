/**
 * The agent itself, in pure Java: a small typed state-graph engine ({@code graph}), the concierge
 * graph that answers a guest ({@code concierge}) and lexical retrieval over a property's knowledge
 * ({@code knowledge}). Its one entry point is {@link ai.heyseven.core.concierge.Concierges#builder()}.
 */
package ai.heyseven.core;
