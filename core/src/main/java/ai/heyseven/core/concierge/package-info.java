/**
 * The concierge graph: thirteen nodes from {@code compliance_gate} to {@code respond}, the state they
 * share, the checkpoint codec that makes a conversation resumable on any instance, and the
 * {@link ai.heyseven.ports.concierge.Concierge} implementation that runs one turn through it, and the
 * reading of what a question asks for ({@code Asked}, {@code Facets}) that retrieval, the direct answers
 * and the validator share; and comps within policy ({@code CompOffer} answering a request from the
 * casino's comp policy, {@code CompDecision} its arithmetic).
 */
package ai.heyseven.core.concierge;
