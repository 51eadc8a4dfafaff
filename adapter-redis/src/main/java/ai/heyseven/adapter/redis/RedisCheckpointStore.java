package ai.heyseven.adapter.redis;

import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.CheckpointStoreException;
import ai.heyseven.ports.conversation.ClaimLostException;
import ai.heyseven.ports.conversation.TurnClaim;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * A thread's checkpoints as a Redis list, newest first. A turn's claim is a key set with
 * {@code SET NX PX} (one winner across the fleet); each save is one Lua script that checks the
 * claim is still the turn's, renews it, pushes, trims the list to {@code maxPerThread} and renews
 * the thread's time to live — atomically, so a reader never sees a half-written save, a thread
 * never grows without bound, and a turn whose claim lapsed cannot overwrite the turn that took over.
 */
final class RedisCheckpointStore implements CheckpointStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LuaScript SAVE = LuaScript.named("save-checkpoint.lua");
    private static final LuaScript RENEW = LuaScript.named("renew-claim.lua");
    private static final LuaScript RELEASE = LuaScript.named("release-claim.lua");

    private final UnifiedJedis redis;
    private final Duration ttl;
    private final int maxPerThread;

    RedisCheckpointStore(RedisConnection connection, Duration ttl, int maxPerThread) {
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
    public Optional<TurnClaim> claim(String threadId, Duration lease) {
        TurnClaim claim = new TurnClaim(threadId, UUID.randomUUID().toString(), lease);
        String reply = RedisCalls.call("claiming thread " + threadId, CheckpointStoreException::new,
                () -> redis.set(Keys.turnClaim(threadId), claim.token(), SetParams.setParams().nx().px(lease.toMillis())));
        return "OK".equals(reply) ? Optional.of(claim) : Optional.empty();
    }

    @Override
    public void save(TurnClaim claim, Checkpoint checkpoint) {
        if (!claim.threadId().equals(checkpoint.threadId())) {
            throw new IllegalArgumentException("a claim of " + claim.threadId() + " cannot save thread " + checkpoint.threadId());
        }
        List<String> keys = new ArrayList<>(List.of(Keys.turnClaim(claim.threadId()), Keys.thread(checkpoint.threadId())));
        if (checkpoint.guestId() != null) {
            keys.add(Keys.guestThreads(checkpoint.casinoId(), checkpoint.guestId()));
        }
        List<String> arguments = List.of(claim.token(), write(checkpoint), Integer.toString(maxPerThread),
                Long.toString(ttl.toMillis()), Long.toString(claim.lease().toMillis()), checkpoint.threadId());
        Object saved = RedisCalls.call("saving thread " + checkpoint.threadId(), CheckpointStoreException::new,
                () -> SAVE.run(redis, keys, arguments));
        if (!Long.valueOf(1).equals(saved)) {
            throw new ClaimLostException(claim.threadId());
        }
    }

    @Override
    public boolean renew(TurnClaim claim) {
        Object renewed = RedisCalls.call("renewing the claim of thread " + claim.threadId(), CheckpointStoreException::new,
                () -> RENEW.run(redis, List.of(Keys.turnClaim(claim.threadId())), List.of(claim.token(), Long.toString(claim.lease().toMillis()))));
        return Long.valueOf(1).equals(renewed);
    }

    @Override
    public void release(TurnClaim claim) {
        RedisCalls.call("releasing thread " + claim.threadId(), CheckpointStoreException::new,
                () -> RELEASE.run(redis, List.of(Keys.turnClaim(claim.threadId())), List.of(claim.token())));
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
