/**
 * Redis implementations of the state ports: shared checkpoints, fleet-wide rate limits, webhook idempotency and CMS change hashes (filled by the Redis issue).
 */
package ai.heyseven.adapter.redis;
