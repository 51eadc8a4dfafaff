package ai.heyseven.ports.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a request may go ahead.
 *
 * @param remaining whole requests left in the budget after this one
 * @param retryAfter how long until one more request is allowed ({@link Duration#ZERO} when allowed)
 */
public record RateDecision(boolean allowed, long remaining, Duration retryAfter) {
    public RateDecision {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (remaining < 0 || retryAfter.isNegative()) {
            throw new IllegalArgumentException("remaining and retryAfter must not be negative");
        }
    }
}
