package ai.heyseven.adapter.redis;

import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.knowledge.ChangeHashStoreException;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/** One Redis hash per casino, item id to content hash; bounded by the casino's catalogue, kept without expiry. */
final class RedisChangeHashStore implements ChangeHashStore {
    private final UnifiedJedis redis;

    RedisChangeHashStore(RedisConnection connection) {
        this.redis = connection.client();
    }

    @Override
    public Optional<String> hash(String casinoId, String itemId) {
        return Optional.ofNullable(RedisCalls.call("reading the hash of " + itemId, ChangeHashStoreException::new,
                () -> redis.hget(Keys.hashes(casinoId), itemId)));
    }

    @Override
    public void put(String casinoId, String itemId, String hash) {
        RedisCalls.call("writing the hash of " + itemId, ChangeHashStoreException::new,
                () -> redis.hset(Keys.hashes(casinoId), itemId, hash));
    }

    @Override
    public void remove(String casinoId, String itemId) {
        RedisCalls.call("removing the hash of " + itemId, ChangeHashStoreException::new,
                () -> redis.hdel(Keys.hashes(casinoId), itemId));
    }
}
