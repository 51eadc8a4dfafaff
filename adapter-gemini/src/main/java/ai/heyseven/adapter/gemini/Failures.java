package ai.heyseven.adapter.gemini;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import java.time.Duration;
import java.util.Optional;

/** What a failed model call says about itself: its HTTP status, its {@code Retry-After}, whether it was throttling. */
final class Failures {
    private static final int MAX_DEPTH = 8;

    private Failures() {
    }

    static Optional<Integer> status(Throwable failure) {
        Throwable e = failure;
        for (int depth = 0; e != null && depth < MAX_DEPTH; depth++, e = e.getCause()) {
            if (e instanceof HttpException http) {
                return Optional.of(http.statusCode());
            }
        }
        return Optional.empty();
    }

    static Optional<Duration> retryAfter(Throwable failure) {
        Throwable e = failure;
        for (int depth = 0; e != null && depth < MAX_DEPTH; depth++, e = e.getCause()) {
            if (e instanceof ModelHttpException http) {
                return http.retryAfter();
            }
        }
        return Optional.empty();
    }

    /** 429: the quota, not the model, is the problem — retried with backoff, never counted by the breaker. */
    static boolean throttled(Throwable failure) {
        if (status(failure).filter(code -> code == 429).isPresent()) {
            return true;
        }
        Throwable e = failure;
        for (int depth = 0; e != null && depth < MAX_DEPTH; depth++, e = e.getCause()) {
            if (e instanceof RateLimitException) {
                return true;
            }
        }
        return false;
    }

    /** Worth another attempt: throttled, or the service said it is unavailable (503) or overloaded. */
    static boolean retryable(Throwable failure) {
        return throttled(failure) || status(failure).filter(code -> code == 503).isPresent();
    }
}
