/**
 * The concierge graph: eleven nodes from {@code compliance_gate} to {@code respond}, the state they
 * share, the checkpoint codec that makes a conversation resumable on any instance, and the
 * {@link ai.heyseven.ports.concierge.Concierge} implementation that runs one turn through it.
 */
package ai.heyseven.core.concierge;
