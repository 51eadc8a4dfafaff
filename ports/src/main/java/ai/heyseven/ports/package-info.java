/**
 * The ports of Hey Seven: what callers may ask the agent ({@code concierge}) and what the agent
 * needs from the outside world (language model, knowledge, conversation memory, casino
 * configuration, health). Only interfaces and the immutable records they exchange live here, and
 * they need nothing but the JDK, so any adapter or embedding application can implement them.
 */
package ai.heyseven.ports;
