/**
 * The SMS consent ledger: append-only events per casino and phone number, each chained to the one
 * before by a SHA-256, so a changed or missing record is found.
 */
package ai.heyseven.ports.consent;
