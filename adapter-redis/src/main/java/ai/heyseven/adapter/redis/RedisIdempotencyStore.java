package ai.heyseven.adapter.redis;

import ai.heyseven.ports.idempotency.IdempotencyStore;
import ai.heyseven.ports.idempotency.IdempotencyStoreException;
import java.time.Duration;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** First writer wins, fleet-wide: {@code SET key 1 NX PX ttl}, atomic in Redis whichever instance asks. */
final class RedisIdempotencyStore implements IdempotencyStore {
    private final UnifiedJedis redis;

    RedisIdempotencyStore(RedisConnection connection) {
        this.redis = connection.client();
    }

    @Override
    public boolean claim(String key, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a claim needs a positive time to live, got " + ttl);
        }
        String reply = RedisCalls.call("claiming " + key, IdempotencyStoreException::new,
                () -> redis.set(Keys.claim(key), "1", SetParams.setParams().nx().px(ttl.toMillis())));
        return "OK".equals(reply);
    }

    @Override
    public void release(String key) {
        RedisCalls.call("releasing " + key, IdempotencyStoreException::new, () -> redis.del(Keys.claim(key)));
    }
}
