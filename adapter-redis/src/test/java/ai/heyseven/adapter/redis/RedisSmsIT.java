package ai.heyseven.adapter.redis;

import ai.heyseven.ports.contract.SmsOutboxContract;
import ai.heyseven.ports.contract.SmsQueueContract;
import ai.heyseven.ports.contract.SmsScheduleContract;
import ai.heyseven.ports.sms.SmsOutbox;
import ai.heyseven.ports.sms.SmsQueue;
import ai.heyseven.ports.sms.SmsSchedule;
import java.time.Clock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMS queue (a Redis stream and its consumer group) and outbox against a real redis-server. */
class RedisSmsIT {
    @RegisterExtension
    static final RedisExtension REDIS = new RedisExtension();

    @Nested
    class Queue extends SmsQueueContract {
        @Override
        protected SmsQueue queue() {
            REDIS.server().flushAll();
            return new RedisSmsQueue(REDIS.connection(), 1_000);
        }
    }

    @Nested
    class Schedule extends SmsScheduleContract {
        @Override
        protected SmsSchedule schedule() {
            REDIS.server().flushAll();
            return new RedisSmsSchedule(REDIS.connection(), 1_000);
        }
    }

    @Nested
    class Outbox extends SmsOutboxContract {
        @Override
        protected SmsOutbox outbox() {
            return new RedisSmsOutbox(REDIS.connection(), Clock.systemUTC());
        }
    }
}
