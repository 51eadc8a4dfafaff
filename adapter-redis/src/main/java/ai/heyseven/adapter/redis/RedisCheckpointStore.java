package ai.heyseven.adapter.redis;

import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.CheckpointStoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/**
 * A thread's checkpoints as a Redis list, newest first: each save pushes, trims the list to
 * {@code maxPerThread} and renews the thread's time to live, in one {@code MULTI}/{@code EXEC}
 * transaction, so a reader never sees a half-written save and a thread never grows without bound.
 */
public final class RedisCheckpointStore implements CheckpointStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnifiedJedis redis;
    private final Duration ttl;
    private final int maxPerThread;

    public RedisCheckpointStore(RedisConnection connection, Duration ttl, int maxPerThread) {
        if (ttl.isNegative() || ttl.isZero() || maxPerThread < 1) {
            throw new IllegalArgumentException("ttl must be positive and maxPerThread at least 1, got " + ttl + " and " + maxPerThread);
        }
        this.redis = connection.client();
        this.ttl = ttl;
        this.maxPerThread = maxPerThread;
    }

    @Override
    public Optional<Checkpoint> latest(String threadId) {
        String json = RedisCalls.call("reading thread " + threadId, CheckpointStoreException::new,
                () -> redis.lindex(Keys.thread(threadId), 0));
        return Optional.ofNullable(json).map(RedisCheckpointStore::parse);
    }

    @Override
    public void save(Checkpoint checkpoint) {
        String key = Keys.thread(checkpoint.threadId());
        String json = write(checkpoint);
        RedisCalls.call("saving thread " + checkpoint.threadId(), CheckpointStoreException::new, () -> {
            try (AbstractTransaction tx = redis.multi()) {
                tx.lpush(key, json);
                tx.ltrim(key, 0, maxPerThread - 1L);
                tx.pexpire(key, ttl.toMillis());
                if (checkpoint.guestId() != null) {
                    String guest = Keys.guestThreads(checkpoint.casinoId(), checkpoint.guestId());
                    tx.sadd(guest, checkpoint.threadId());
                    tx.pexpire(guest, ttl.toMillis());
                }
                return tx.exec();
            }
        });
    }

    @Override
    public void delete(String threadId) {
        RedisCalls.call("deleting thread " + threadId, CheckpointStoreException::new, () -> redis.del(Keys.thread(threadId)));
    }

    /**
     * Deletes the threads in the guest's index and the index in one transaction. A thread whose
     * key expired is still named in the index until the index expires too (it lives as long as the
     * guest's newest thread); deleting it again is harmless.
     */
    @Override
    public int deleteGuest(String casinoId, String guestId) {
        String guest = Keys.guestThreads(casinoId, guestId);
        return RedisCalls.call("erasing the threads of a guest of " + casinoId, CheckpointStoreException::new, () -> {
            List<String> threads = List.copyOf(redis.smembers(guest));
            try (AbstractTransaction tx = redis.multi()) {
                threads.forEach(thread -> tx.del(Keys.thread(thread)));
                tx.del(guest);
                List<Object> deleted = tx.exec();
                return (int) deleted.stream().limit(threads.size()).filter(count -> ((Long) count) > 0).count();
            }
        });
    }

    private static String write(Checkpoint checkpoint) {
        try {
            return JSON.writeValueAsString(checkpoint);
        } catch (JsonProcessingException e) {
            throw new CheckpointStoreException("cannot encode the checkpoint of " + checkpoint.threadId(), e);
        }
    }

    private static Checkpoint parse(String json) {
        try {
            return JSON.readValue(json, Checkpoint.class);
        } catch (JsonProcessingException e) {
            throw new CheckpointStoreException("a stored checkpoint cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
