/**
 * The concierge graph: twelve nodes from {@code compliance_gate} to {@code respond}, the state they
 * share, the checkpoint codec that makes a conversation resumable on any instance, and the
 * {@link ai.heyseven.ports.concierge.Concierge} implementation that runs one turn through it, and the
 * reading of what a question asks for ({@code Asked}, {@code Facets}) that retrieval, the direct answers
 * and the validator share.
 */
package ai.heyseven.core.concierge;
