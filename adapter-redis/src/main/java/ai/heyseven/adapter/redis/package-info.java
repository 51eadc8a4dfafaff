/**
 * Redis implementations of the state ports, shared by every instance of a fleet: conversation
 * checkpoints, rate limits, webhook idempotency and CMS change hashes. One pooled Jedis client
 * ({@link ai.heyseven.adapter.redis.RedisConnection}) is built at start-up and closed at shutdown;
 * every call has a connect and a read timeout, and every Jedis failure becomes the port's exception.
 */
package ai.heyseven.adapter.redis;
