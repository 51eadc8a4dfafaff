package ai.heyseven.adapter.redis;

import ai.heyseven.ports.sms.SmsOutbox;
import ai.heyseven.ports.sms.SmsQueueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Reply records as {@code hs:v1:sms:reply:<event id>}: {@code <intended at>} once the intent is
 * recorded ({@code SET NX PX}: one instance wins), {@code <intended at>|<carrier id>} once sent.
 */
final class RedisSmsOutbox implements SmsOutbox {
    private final UnifiedJedis redis;
    private final Clock clock;

    RedisSmsOutbox(RedisConnection connection, Clock clock) {
        this.redis = connection.client();
        this.clock = clock;
    }

    @Override
    public boolean intend(String eventId, Duration keep) {
        return RedisCalls.call("recording the intent to answer SMS event " + eventId, SmsQueueException::new,
                () -> redis.set(Keys.smsReply(eventId), clock.instant().toString(), SetParams.setParams().nx().px(keep.toMillis()))) != null;
    }

    @Override
    public void sent(String eventId, String messageId, Duration keep) {
        RedisCalls.call("recording the reply to SMS event " + eventId, SmsQueueException::new, () -> {
            String intended = Optional.ofNullable(redis.get(Keys.smsReply(eventId))).map(value -> value.split("\\|", 2)[0])
                    .orElse(clock.instant().toString());
            return redis.set(Keys.smsReply(eventId), intended + "|" + messageId, SetParams.setParams().px(keep.toMillis()));
        });
    }

    @Override
    public void forget(String eventId) {
        RedisCalls.call("forgetting the intent to answer SMS event " + eventId, SmsQueueException::new, () -> redis.del(Keys.smsReply(eventId)));
    }

    @Override
    public Optional<Reply> find(String eventId) {
        String value = RedisCalls.call("reading the reply to SMS event " + eventId, SmsQueueException::new,
                () -> redis.get(Keys.smsReply(eventId)));
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\|", 2);
        return Optional.of(new Reply(Instant.parse(parts[0]), parts.length == 2 ? Optional.of(parts[1]) : Optional.empty()));
    }
}
