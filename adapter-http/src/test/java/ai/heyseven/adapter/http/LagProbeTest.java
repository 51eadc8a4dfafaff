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
    void isAsLateAsTheLaterSleeperWoke() {
        probe.woke(false, 0, 103 * MS);
        probe.woke(true, 0, 340 * MS);
        assertEquals(240 * MS, probe.lagNanos(), "the virtual thread woke 240 ms late: the carriers are behind");
    }

    @Test
    void countsASleeperOverdueNowAsLateByWhatItIsOverdue() {
        probe.asleep(true, now.get());
        now.addAndGet(100 * MS);
        assertEquals(0, probe.lagNanos(), "due just now");
        now.addAndGet(700 * MS);
        assertEquals(700 * MS, probe.lagNanos(), "a stalled scheduler shows before the sleeper wakes");
    }

    @Test
    void forgetsALateWakingOnceASleeperWakesOnTime() {
        probe.woke(true, 0, 900 * MS);
        probe.woke(true, 1_000 * MS, 1_100 * MS);
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
