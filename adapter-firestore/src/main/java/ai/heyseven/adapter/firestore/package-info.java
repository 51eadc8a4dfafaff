/**
 * Firestore implementations of the ports: casino configuration (cached, refreshed), knowledge
 * items with their version stamp and change hashes, guest profiles, the consent ledger, the audit
 * trail and compliance events. One client per process ({@link ai.heyseven.adapter.firestore.FirestoreConnection}),
 * a deadline on every call, each port's own exception on failure. The layout is in docs/data-model.md.
 */
package ai.heyseven.adapter.firestore;
