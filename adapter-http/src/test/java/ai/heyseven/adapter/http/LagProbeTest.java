package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LagProbeTest {
    private static final long MS = 1_000_000;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final LagProbe probe = LagProbe.manual(Duration.ofMillis(100), now::get);

    @Test
    void isOnTimeWhenEverySleeperWakesWhenDue() {
        probe.woke(false, 0, 100 * MS);
        probe.woke(true, 0, 100 * MS);
        assertEquals(0, probe.lagNanos());
    }

    @Test
    void isAsLateAsTheLaterSleeperWokeTwiceInARow() {
        probe.woke(false, 0, 103 * MS);
        probe.woke(false, 200 * MS, 303 * MS);
        probe.woke(true, 0, 340 * MS);
        probe.woke(true, 400 * MS, 800 * MS);
        assertEquals(240 * MS, probe.lagNanos(), "the virtual thread woke 240 and 300 ms late: the carriers are behind");
    }

    @Test
    void takesOneLateWakingForAPauseNotAnOverload() {
        probe.woke(true, 0, 100 * MS);
        probe.woke(true, 100 * MS, 800 * MS);
        assertEquals(0, probe.lagNanos(), "a single 600 ms pause (a GC) sheds nothing");
        probe.asleep(true, now.get());
        now.addAndGet(900 * MS);
        assertEquals(600 * MS, probe.lagNanos(), "late again, still asleep 800 ms past due: the lesser of the two");
    }

    @Test
    void countsASleeperOverdueNowOnlyAfterALateWaking() {
        probe.asleep(true, now.get());
        now.addAndGet(800 * MS);
        assertEquals(0, probe.lagNanos(), "overdue after an on-time waking: maybe a pause");
        probe.woke(true, now.get() - 800 * MS, now.get());
        probe.asleep(true, now.get());
        now.addAndGet(1_000 * MS);
        assertEquals(700 * MS, probe.lagNanos(), "a stalled scheduler shows before the sleeper wakes");
    }

    @Test
    void forgetsLateWakingsOnceASleeperWakesOnTime() {
        probe.woke(true, 0, 900 * MS);
        probe.woke(true, 1_000 * MS, 1_900 * MS);
        probe.woke(true, 2_000 * MS, 2_100 * MS);
        assertEquals(0, probe.lagNanos());
    }

    @Test
    void aStartedProbeSeesAnIdleMachineAsOnTime() throws InterruptedException {
        try (LagProbe started = LagProbe.start(Duration.ofMillis(10))) {
            Thread.sleep(100);
            assertTrue(started.lagNanos() < Duration.ofSeconds(5).toNanos(), "lag " + started.lagNanos());
        }
    }
}
