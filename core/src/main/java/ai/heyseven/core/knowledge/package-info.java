/**
 * Retrieval over a property's knowledge: a BM25 index per casino, rebuilt from the
 * {@link ai.heyseven.ports.knowledge.KnowledgeStore} when its version stamp changes. The casino is
 * chosen before scoring, so one property's items can never answer for another.
 */
package ai.heyseven.core.knowledge;
