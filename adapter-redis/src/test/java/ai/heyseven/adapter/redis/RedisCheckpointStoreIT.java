package ai.heyseven.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.contract.CheckpointStoreContract;
import ai.heyseven.ports.conversation.CheckpointStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.RedisClient;

class RedisCheckpointStoreIT extends CheckpointStoreContract {
    @RegisterExtension
    static final RedisExtension REDIS = new RedisExtension();

    @Override
    protected CheckpointStore store() {
        return new RedisCheckpointStore(REDIS.connection(), Duration.ofDays(7), 20);
    }

    @Test
    void keepsAtMostTheBoundPerThreadAndRenewsItsTimeToLive() {
        RedisCheckpointStore store = new RedisCheckpointStore(REDIS.connection(), Duration.ofHours(1), 5);
        for (int step = 1; step <= 12; step++) {
            saveAsATurn(store, checkpoint("bounded", 1, step, null));
        }
        try (RedisClient raw = RedisClient.create("127.0.0.1", REDIS.server().port())) {
            assertEquals(5, raw.llen(Keys.thread("bounded")));
            long ttl = raw.pttl(Keys.thread("bounded"));
            assertTrue(ttl > 3_500_000 && ttl <= 3_600_000, "ttl " + ttl);
        }
        assertEquals(12, store.latest("bounded").orElseThrow().step());
    }
}
