package ai.heyseven.adapter.redis;

import ai.heyseven.ports.sms.OutboundSms;
import ai.heyseven.ports.sms.ScheduledSms;
import ai.heyseven.ports.sms.SmsQueueException;
import ai.heyseven.ports.sms.SmsSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * Held messages as a sorted set of ids by send time ({@code hs:v1:sms:scheduled}) and a hash of
 * their content ({@code hs:v1:sms:scheduled:data}). {@link #due} hands a message to the one caller
 * whose {@code ZREM} removed it, so each is sent once however many instances poll.
 */
final class RedisSmsSchedule implements SmsSchedule {
    private static final String SEPARATOR = "\u001f";

    private final UnifiedJedis redis;
    private final long capacity;

    RedisSmsSchedule(RedisConnection connection, long capacity) {
        this.redis = connection.client();
        this.capacity = capacity;
    }

    @Override
    public void schedule(ScheduledSms message) {
        String data = String.join(SEPARATOR, message.casinoId(), message.purpose(), message.sendAt().toString(),
                message.message().from(), message.message().to(), message.message().text());
        RedisCalls.call("holding SMS " + message.id(), SmsQueueException::new, () -> {
            if (redis.zcard(Keys.smsScheduled()) >= capacity) {
                throw new SmsQueueException("the SMS schedule holds " + capacity + " messages; refusing more", null);
            }
            redis.hset(Keys.smsScheduledData(), message.id(), data);
            return redis.zadd(Keys.smsScheduled(), message.sendAt().toEpochMilli(), message.id());
        });
    }

    @Override
    public List<ScheduledSms> due(Instant now, int max) {
        return RedisCalls.call("reading due SMS", SmsQueueException::new, () -> {
            List<ScheduledSms> due = new ArrayList<>();
            for (String id : redis.zrangeByScore(Keys.smsScheduled(), 0, now.toEpochMilli(), 0, max)) {
                if (redis.zrem(Keys.smsScheduled(), id) == 1) {
                    String data = redis.hget(Keys.smsScheduledData(), id);
                    redis.hdel(Keys.smsScheduledData(), id);
                    if (data != null) {
                        String[] parts = data.split(SEPARATOR, 6);
                        due.add(new ScheduledSms(id, parts[0], new OutboundSms(parts[3], parts[4], parts[5]), parts[1], Instant.parse(parts[2])));
                    }
                }
            }
            return due;
        });
    }
}
