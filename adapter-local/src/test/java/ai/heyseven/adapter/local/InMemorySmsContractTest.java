package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.SmsOutboxContract;
import ai.heyseven.ports.contract.SmsQueueContract;
import ai.heyseven.ports.contract.SmsScheduleContract;
import ai.heyseven.ports.sms.SmsOutbox;
import ai.heyseven.ports.sms.SmsQueue;
import ai.heyseven.ports.sms.SmsSchedule;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Nested;

/** The in-memory SMS queue and outbox run the same contracts as the Redis ones. */
class InMemorySmsContractTest {

    @Nested
    class Queue extends SmsQueueContract {
        @Override
        protected SmsQueue queue() {
            return new InMemorySmsQueue(100, Clock.systemUTC());
        }
    }

    @Nested
    class Schedule extends SmsScheduleContract {
        @Override
        protected SmsSchedule schedule() {
            return new InMemorySmsSchedule(100);
        }
    }

    @Nested
    class Outbox extends SmsOutboxContract {
        private final InMemorySmsOutbox outbox = new InMemorySmsOutbox(100, Duration.ofMinutes(5), Clock.systemUTC());

        @Override
        protected SmsOutbox outbox() {
            return outbox;
        }
    }
}
