package ai.heyseven.adapter.redis;

import ai.heyseven.ports.sms.SendQuota;
import ai.heyseven.ports.sms.SmsQueueException;
import java.time.LocalDate;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/** Daily counts as {@code hs:v1:sms:daily:<casino>:<day>}: {@code INCR} and a two-day expiry in one transaction. */
final class RedisSendQuota implements SendQuota {
    private static final long TWO_DAYS_SECONDS = 172_800;

    private final UnifiedJedis redis;

    RedisSendQuota(RedisConnection connection) {
        this.redis = connection.client();
    }

    @Override
    public boolean take(String casinoId, LocalDate day, long cap) {
        String key = Keys.smsDaily(casinoId, day.toString());
        long count = RedisCalls.call("counting the day's SMS of " + casinoId, SmsQueueException::new, () -> {
            try (AbstractTransaction tx = redis.multi()) {
                var incremented = tx.incr(key);
                tx.expire(key, TWO_DAYS_SECONDS);
                tx.exec();
                return incremented.get();
            }
        });
        return count <= cap;
    }
}
