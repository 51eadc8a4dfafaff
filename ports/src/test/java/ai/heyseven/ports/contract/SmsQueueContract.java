package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.SmsQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SmsQueue} promises; each adapter's test extends this class with an empty queue per test. */
public abstract class SmsQueueContract {

    protected abstract SmsQueue queue();

    private static InboundSms sms(String text) {
        return new InboundSms("evt-" + UUID.randomUUID(), "+17025550100", "+17025550142", text, Instant.parse("2026-11-24T20:00:00Z"));
    }

    @Test
    void handsOutEachMessageOnceInOrder() {
        SmsQueue queue = queue();
        InboundSms first = sms("where is the buffet?");
        InboundSms second = sms("and the pool?");
        queue.enqueue(first);
        queue.enqueue(second);
        List<SmsQueue.Queued> taken = queue.take("worker-a", 10, Duration.ofMillis(100));
        assertEquals(List.of(first, second), taken.stream().map(SmsQueue.Queued::message).toList());
        assertEquals(1, taken.get(0).deliveries());
        assertEquals(List.of(), queue.take("worker-b", 10, Duration.ofMillis(50)), "taken messages are not handed out twice");
    }

    @Test
    void waitsForAMessageUpToTheWaitAndNoLonger() {
        long started = System.nanoTime();
        assertEquals(List.of(), queue().take("worker-a", 1, Duration.ofMillis(200)));
        long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(waited >= 150 && waited < 3_000, "waited " + waited + " ms");
    }

    @Test
    void aMessageTakenAndNeverFinishedIsReclaimedByAnotherWorkerWithItsDeliveriesCounted() throws Exception {
        SmsQueue queue = queue();
        InboundSms message = sms("where is the buffet?");
        queue.enqueue(message);
        queue.take("worker-a", 1, Duration.ofMillis(100));
        assertEquals(List.of(), queue.reclaim("worker-b", Duration.ofSeconds(10), 10), "not idle long enough yet");
        Thread.sleep(300);
        List<SmsQueue.Queued> reclaimed = queue.reclaim("worker-b", Duration.ofMillis(200), 10);
        assertEquals(1, reclaimed.size());
        assertEquals(message, reclaimed.get(0).message());
        assertEquals(2, reclaimed.get(0).deliveries());
        queue.done(reclaimed.get(0).id());
        Thread.sleep(300);
        assertEquals(List.of(), queue.reclaim("worker-c", Duration.ofMillis(200), 10), "a finished message is never handed out again");
        assertEquals(List.of(), queue.take("worker-c", 10, Duration.ofMillis(50)));
    }
}
