package ai.heyseven.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When the server sheds new turns (503 {@code overloaded} with {@code Retry-After}) rather than take
 * on work it cannot answer in time. Streams already admitted are never cut by it.
 *
 * @param maxTurnsInFlight the most turns (streamed or not) running at once; one more is shed
 * @param maxLag how late the server's own probes may run — a sign the CPU cannot keep up — before new
 *        turns are shed; far below the heartbeat interval, so admitted streams' heartbeats stay on time
 */
public record Admission(int maxTurnsInFlight, Duration maxLag) {
    /** Sized not to shed a normal load: 10,000 slow streams fit, and a lag this long is already an overload. */
    public static final Admission DEFAULTS = new Admission(12_000, Duration.ofMillis(500));

    public Admission {
        Objects.requireNonNull(maxLag, "maxLag");
        if (maxTurnsInFlight < 1) {
            throw new IllegalArgumentException("maxTurnsInFlight must be at least 1, got " + maxTurnsInFlight);
        }
        if (maxLag.isNegative() || maxLag.isZero()) {
            throw new IllegalArgumentException("maxLag must be positive, got " + maxLag);
        }
    }
}
