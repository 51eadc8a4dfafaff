/**
 * The SMS consent ledger: append-only events per casino and phone number, each chained to the one
 * before by a SHA-256, so a changed or missing record is found; and guests' exclusions from
 * marketing with the numbers each guest gave, so an exclusion made on any channel reaches them all.
 */
package ai.heyseven.ports.consent;
