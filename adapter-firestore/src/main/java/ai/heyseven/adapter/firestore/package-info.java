/**
 * Firestore implementations: guest profiles, casino configuration, knowledge, consent ledger, compliance events (filled by the Firestore issue).
 */
package ai.heyseven.adapter.firestore;
