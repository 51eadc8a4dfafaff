package ai.heyseven.adapter.redis;

import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.SmsQueue;
import ai.heyseven.ports.sms.SmsQueueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamPendingEntry;

/**
 * The SMS queue as a Redis stream ({@code hs:v1:sms:inbound}) read by one consumer group: an
 * enqueue is an {@code XADD}; a worker takes new entries with {@code XREADGROUP}, finishes them with
 * {@code XACK} + {@code XDEL} (so the stream holds only unfinished messages), and takes over
 * another's with {@code XPENDING … IDLE} + {@code XCLAIM}, which also counts deliveries. Reads do
 * not block a pooled connection: an empty queue is polled every 100 ms within the wait.
 */
final class RedisSmsQueue implements SmsQueue {
    private static final String GROUP = "sms-workers";
    private static final long POLL_MILLIS = 100;

    private final UnifiedJedis redis;
    private final String stream = Keys.smsInbound();
    private final long capacity;

    RedisSmsQueue(RedisConnection connection, long capacity) {
        this.redis = connection.client();
        this.capacity = capacity;
        RedisCalls.call("creating the SMS consumer group", SmsQueueException::new, () -> {
            try {
                return redis.xgroupCreate(stream, GROUP, new StreamEntryID(), true);
            } catch (JedisDataException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("BUSYGROUP")) {
                    return "exists";
                }
                throw e;
            }
        });
    }

    @Override
    public void enqueue(InboundSms message) {
        RedisCalls.call("queueing SMS event " + message.eventId(), SmsQueueException::new, () -> {
            if (redis.xlen(stream) >= capacity) {
                throw new SmsQueueException("the SMS queue holds " + capacity + " unfinished messages; refusing more", null);
            }
            return redis.xadd(stream, StreamEntryID.NEW_ENTRY, Map.of(
                    "event_id", message.eventId(),
                    "casino_number", message.casinoNumber(),
                    "from", message.from(),
                    "text", message.text(),
                    "received_at", message.receivedAt().toString()));
        });
    }

    @Override
    public List<Queued> take(String worker, int max, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<Queued> taken = RedisCalls.call("taking SMS messages", SmsQueueException::new, () -> {
                var read = redis.xreadGroup(GROUP, worker, XReadGroupParams.xReadGroupParams().count(max),
                        Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
                List<Queued> out = new ArrayList<>();
                if (read != null) {
                    read.forEach(entries -> entries.getValue().forEach(entry -> out.add(queued(entry, 1))));
                }
                return out;
            });
            if (!taken.isEmpty() || System.nanoTime() >= deadline) {
                return taken;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }

    @Override
    public List<Queued> reclaim(String worker, Duration idle, int max) {
        return RedisCalls.call("reclaiming SMS messages", SmsQueueException::new, () -> {
            List<StreamPendingEntry> stale = redis.xpending(stream, GROUP, XPendingParams.xPendingParams("-", "+", max)
                    .idle(idle.toMillis()));
            List<Queued> out = new ArrayList<>();
            for (StreamPendingEntry pending : stale) {
                for (StreamEntry entry : redis.xclaim(stream, GROUP, worker, idle.toMillis(), XClaimParams.xClaimParams(), pending.getID())) {
                    out.add(queued(entry, (int) pending.getDeliveredTimes() + 1));
                }
            }
            return out;
        });
    }

    @Override
    public void done(String id) {
        StreamEntryID entry = new StreamEntryID(id);
        RedisCalls.call("finishing SMS message " + id, SmsQueueException::new, () -> {
            redis.xack(stream, GROUP, entry);
            return redis.xdel(stream, entry);
        });
    }

    private static Queued queued(StreamEntry entry, int deliveries) {
        Map<String, String> fields = entry.getFields();
        return new Queued(entry.getID().toString(), new InboundSms(fields.get("event_id"), fields.get("casino_number"), fields.get("from"),
                fields.get("text"), Instant.parse(fields.get("received_at"))), deliveries);
    }
}
