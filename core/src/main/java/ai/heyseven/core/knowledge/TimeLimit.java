package ai.heyseven.core.knowledge;

import ai.heyseven.core.concurrent.TimeBox;
import java.time.Duration;
import java.util.function.Supplier;

/** A store call under a time limit: a write that hangs is reported as a {@link WriteTimeoutException}, never waited on without bound. */
final class TimeLimit {
    private TimeLimit() {
    }

    static <T> T call(Duration limit, String backend, Supplier<T> call) {
        return switch (TimeBox.run(limit, call::get)) {
            case TimeBox.Outcome.Done<T> done -> done.value();
            case TimeBox.Outcome.Late<T> late -> throw new WriteTimeoutException(backend, "no answer within " + limit.toMillis() + " ms", null);
            case TimeBox.Outcome.Failed<T> failed -> {
                if (failed.cause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed.cause() instanceof Error error) {
                    throw error;
                }
                throw new WriteTimeoutException(backend, "interrupted while waiting", failed.cause());
            }
        };
    }

    static void run(Duration limit, String backend, Runnable call) {
        call(limit, backend, () -> {
            call.run();
            return null;
        });
    }
}
