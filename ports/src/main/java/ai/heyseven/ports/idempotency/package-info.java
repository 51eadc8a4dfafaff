/** First-writer-wins claims with expiry, so a webhook delivered twice, to any instance, is processed once. */
package ai.heyseven.ports.idempotency;
