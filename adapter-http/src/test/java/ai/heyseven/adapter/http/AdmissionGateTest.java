package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {
    private final AtomicLong lag = new AtomicLong();
    private final List<Measurement> measured = new CopyOnWriteArrayList<>();
    private final AdmissionGate gate = new AdmissionGate(new Admission(2, Duration.ofMillis(500)), lag::get, recording());

    @Test
    void admitsTurnsUpToItsLimitAndShedsTheNextWithRetryAfter() {
        gate.enter();
        gate.enter();
        HttpProblem shed = assertThrows(HttpProblem.class, gate::enter);
        assertEquals(503, shed.problem().status());
        assertTrue(shed.problem().type().toString().endsWith("/overloaded"), shed.problem().type().toString());
        assertEquals(AdmissionGate.RETRY_AFTER_SECONDS, shed.retryAfterSeconds());
        assertEquals(2, gate.inFlight(), "a shed turn holds no place");
        assertEquals(List.of(new Measurement.Rejected("overloaded")), measured);
        assertEquals(1, gate.shedCount());
    }

    @Test
    void admitsAgainOnceATurnEnds() {
        gate.enter();
        gate.enter();
        assertThrows(HttpProblem.class, gate::enter);
        gate.exit();
        gate.enter();
        assertEquals(2, gate.inFlight());
    }

    @Test
    void shedsWhileTheServerRunsLaterThanAllowedAndAdmitsWhenItCatchesUp() {
        lag.set(Duration.ofMillis(501).toNanos());
        assertThrows(HttpProblem.class, gate::enter);
        assertThrows(HttpProblem.class, gate::check, "an SMS webhook is refused too, so Telnyx delivers it again later");
        assertEquals(0, gate.inFlight());
        lag.set(Duration.ofMillis(500).toNanos());
        gate.enter();
        gate.check();
        assertEquals(1, gate.inFlight());
        assertEquals(2, gate.shedCount());
    }

    @Test
    void namesWhyATurnWouldBeShed() {
        long late = Duration.ofSeconds(1).toNanos();
        assertEquals(AdmissionGate.Load.NORMAL, gate.load(1, 0));
        assertEquals(AdmissionGate.Load.TOO_MANY_TURNS, gate.load(2, 0));
        assertEquals(AdmissionGate.Load.RUNNING_LATE, gate.load(0, late));
        assertEquals(AdmissionGate.Load.RUNNING_LATE, gate.load(2, late));
    }

    @Test
    void refusesALimitThatAdmitsNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Admission(0, Duration.ofMillis(500)));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Admission(1, Duration.ZERO));
    }

    private Telemetry recording() {
        return Telemetry.measuring(measured::add);
    }
}
