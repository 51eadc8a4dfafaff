package ai.heyseven.core.concurrent;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of work on a virtual thread of its own and waits for it at most a given time; late
 * work is cancelled (interrupted). Whatever the work's own timeouts are, the caller never waits
 * longer. Used for store writes, the whisper planner's advice and tool calls.
 */
public final class TimeBox {
    private static final ExecutorService WORK = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("time-boxed-", 0).factory());

    private TimeBox() {
    }

    /** How time-boxed work ended. */
    public sealed interface Outcome<T> {
        /** It finished with a value (possibly null). */
        record Done<T>(T value) implements Outcome<T> { }

        /** It threw, or the waiting thread was interrupted. */
        record Failed<T>(Throwable cause) implements Outcome<T> { }

        /** It did not finish in time and was cancelled. */
        record Late<T>(Duration limit) implements Outcome<T> { }
    }

    public static <T> Outcome<T> run(Duration limit, Callable<T> work) {
        Future<T> running = WORK.submit(work);
        try {
            return new Outcome.Done<>(running.get(limit.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            running.cancel(true);
            return new Outcome.Late<>(limit);
        } catch (ExecutionException e) {
            return new Outcome.Failed<>(e.getCause());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome.Failed<>(e);
        }
    }
}
