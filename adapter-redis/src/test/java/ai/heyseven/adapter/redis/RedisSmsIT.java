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

    @org.junit.jupiter.api.Test
    void theDailyQuotaCountsPerCasinoAndDayAcrossClients() {
        RedisSendQuota one = new RedisSendQuota(REDIS.connection());
        RedisSendQuota two = new RedisSendQuota(REDIS.connection());
        java.time.LocalDate day = java.time.LocalDate.parse("2026-11-25");
        org.junit.jupiter.api.Assertions.assertTrue(one.take("quota-casino", day, 2));
        org.junit.jupiter.api.Assertions.assertTrue(two.take("quota-casino", day, 2));
        org.junit.jupiter.api.Assertions.assertFalse(one.take("quota-casino", day, 2), "the third of a cap of two, whichever instance");
        org.junit.jupiter.api.Assertions.assertTrue(one.take("quota-casino", day.plusDays(1), 2), "a new day");
        org.junit.jupiter.api.Assertions.assertTrue(one.take("other-casino", day, 2));
    }

    @Nested
    class Outbox extends SmsOutboxContract {
        @Override
        protected SmsOutbox outbox() {
            return new RedisSmsOutbox(REDIS.connection(), Clock.systemUTC());
        }
    }
}
