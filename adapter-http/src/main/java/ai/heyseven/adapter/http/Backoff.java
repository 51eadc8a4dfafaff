package ai.heyseven.adapter.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential pauses with jitter: each between half and all of the current step, the step doubled up to a ceiling. */
final class Backoff {
    private final long maxMillis;
    private long stepMillis;

    Backoff(Duration first, Duration max) {
        this.stepMillis = first.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** The next pause in milliseconds; moves on to the next step. */
    long next() {
        long pause = stepMillis / 2 + ThreadLocalRandom.current().nextLong(stepMillis / 2 + 1);
        stepMillis = Math.min(maxMillis, stepMillis * 2);
        return pause;
    }

    /** Sleeps the next pause; false when interrupted (the caller stops). */
    boolean pause() {
        try {
            Thread.sleep(next());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
