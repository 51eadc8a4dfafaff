package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.ports.sms.OutboundSms;
import ai.heyseven.ports.sms.ScheduledSms;
import ai.heyseven.ports.sms.SmsSchedule;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link SmsSchedule} promises; each adapter's test extends this class with an empty schedule per test. */
public abstract class SmsScheduleContract {
    private static final Instant EIGHT = Instant.parse("2026-11-25T16:00:00Z");

    protected abstract SmsSchedule schedule();

    private static ScheduledSms held(String id, Instant at) {
        return new ScheduledSms(id, "aurora-palms", new OutboundSms("+17025550100", "+17025550142", "Your table is ready | line two"),
                "service", at);
    }

    @Test
    void handsOutOnlyWhatIsDueEarliestFirstAndExactlyAsHeld() {
        SmsSchedule schedule = schedule();
        schedule.schedule(held("later", EIGHT.plusSeconds(60)));
        schedule.schedule(held("first", EIGHT));
        assertEquals(List.of(), schedule.due(EIGHT.minusSeconds(1), 10));
        assertEquals(List.of(held("first", EIGHT)), schedule.due(EIGHT, 10));
        assertEquals(List.of(held("later", EIGHT.plusSeconds(60))), schedule.due(EIGHT.plusSeconds(3_600), 10));
        assertEquals(List.of(), schedule.due(EIGHT.plusSeconds(3_600), 10), "each is handed out once");
    }

    @Test
    void concurrentPollersGetEachMessageOnce() throws Exception {
        SmsSchedule schedule = schedule();
        IntStream.range(0, 40).forEach(i -> schedule.schedule(held("m-" + i, EIGHT)));
        var one = CompletableFuture.supplyAsync(() -> IntStream.range(0, 20).mapToObj(i -> schedule.due(EIGHT, 3)).mapToInt(List::size).sum());
        var two = CompletableFuture.supplyAsync(() -> IntStream.range(0, 20).mapToObj(i -> schedule.due(EIGHT, 3)).mapToInt(List::size).sum());
        assertEquals(40, one.get() + two.get());
    }
}
