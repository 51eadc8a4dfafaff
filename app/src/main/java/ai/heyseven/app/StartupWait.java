package ai.heyseven.app;

import ai.heyseven.ports.BackendException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up steps that need a backend are tried again while it is not there yet or slow to answer
 * (a container started beside its Redis, an emulator still warming up, a loaded machine), until
 * {@code HEYSEVEN_STARTUP_WAIT_SECONDS} have passed since the start; only then does the start fail,
 * naming the last error. Each try keeps its own call time-outs, so one hung call cannot use up the wait.
 */
final class StartupWait {
    private static final Logger LOG = LoggerFactory.getLogger(StartupWait.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final long deadline;

    private StartupWait(long deadline) {
        this.deadline = deadline;
    }

    /** A wait that ends {@code patience} from now. */
    static StartupWait of(Duration patience) {
        return new StartupWait(System.nanoTime() + patience.toNanos());
    }

    /** The time left, never negative. */
    Duration left() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /** Runs {@code step} until it succeeds or the wait is over; its last failure is thrown then. */
    void until(String what, Runnable step) {
        until(what, () -> {
            step.run();
            return what;
        });
    }

    /** Runs {@code step} until it succeeds or the wait is over; its last failure is thrown then. */
    <T> T until(String what, Supplier<T> step) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (BackendException e) {
                if (left().compareTo(pause) <= 0) {
                    throw e;
                }
                LOG.warn("{} not ready (attempt {}), trying again in {} ms for up to {} s more: {}", what, attempt, pause.toMillis(),
                        left().toSeconds(), e.getMessage());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("interrupted while waiting for a backend at start-up");
        }
    }
}
