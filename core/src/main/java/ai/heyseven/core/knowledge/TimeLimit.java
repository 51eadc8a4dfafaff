package ai.heyseven.core.knowledge;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a store call on a virtual thread and gives up on it after a time limit, whatever the
 * adapter's own timeouts are: a write that hangs is reported, never waited on without bound.
 */
final class TimeLimit {
    private static final ExecutorService CALLS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("knowledge-write-", 0).factory());

    private TimeLimit() {
    }

    static <T> T call(Duration limit, String backend, Supplier<T> call) {
        Future<T> future = CALLS.submit(call::get);
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new WriteTimeoutException(backend, "no answer within " + limit.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new WriteTimeoutException(backend, "interrupted while waiting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static void run(Duration limit, String backend, Runnable call) {
        call(limit, backend, () -> {
            call.run();
            return null;
        });
    }
}
