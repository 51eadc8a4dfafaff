package ai.heyseven.adapter.http;

import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Telemetry;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Decides, before a turn starts, whether the server can take it on: shed with 503 {@code overloaded}
 * when the server already runs late ({@link LagProbe}) or holds its most turns. Shedding only ever
 * refuses new work; a turn once admitted runs to its end.
 *
 * <pre>{@code
 * gate.enter();          // throws HttpProblem 503 overloaded when shedding
 * try { ... } finally { gate.exit(); }
 * }</pre>
 */
final class AdmissionGate {
    /** What a client is told to wait: overloads on this scale pass in a second or two, and a shed turn costs the server little. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** Why a turn would be shed now, or that it would not. */
    enum Load { NORMAL, TOO_MANY_TURNS, RUNNING_LATE }

    private final Admission admission;
    private final LongSupplier lagNanos;
    private final Telemetry telemetry;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong shed = new AtomicLong();

    AdmissionGate(Admission admission, LongSupplier lagNanos, Telemetry telemetry) {
        this.admission = admission;
        this.lagNanos = lagNanos;
        this.telemetry = telemetry;
    }

    /** Whether one more turn would be shed with {@code turns} running and the server {@code lagNanos} late. */
    Load load(int turns, long lag) {
        if (lag > admission.maxLag().toNanos()) {
            return Load.RUNNING_LATE;
        }
        return turns >= admission.maxTurnsInFlight() ? Load.TOO_MANY_TURNS : Load.NORMAL;
    }

    /** Admits one turn, to be ended with {@link #exit()}, or throws 503 {@code overloaded} and counts it shed. */
    void enter() {
        int turns = inFlight.incrementAndGet();
        Load load = load(turns - 1, lagNanos.getAsLong());
        if (load != Load.NORMAL) {
            inFlight.decrementAndGet();
            throw shed(load);
        }
    }

    void exit() {
        inFlight.decrementAndGet();
    }

    /** Refuses work that holds no turn here (an SMS webhook queues its turn) while the server runs late. */
    void check() {
        Load load = load(0, lagNanos.getAsLong());
        if (load != Load.NORMAL) {
            throw shed(load);
        }
    }

    private HttpProblem shed(Load load) {
        shed.incrementAndGet();
        telemetry.record(new Measurement.Rejected("overloaded"));
        return HttpProblem.overloaded(load == Load.RUNNING_LATE ? "it is running late" : "it holds its most turns at once",
                RETRY_AFTER_SECONDS);
    }

    /** Turns admitted and still running. */
    int inFlight() {
        return inFlight.get();
    }

    /** Turns and webhooks shed since the start. */
    long shedCount() {
        return shed.get();
    }

    /** How late the server runs its own work now, in nanoseconds. */
    long lagNanos() {
        return lagNanos.getAsLong();
    }
}
