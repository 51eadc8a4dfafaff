package ai.heyseven.ports.ratelimit;

/**
 * A token bucket per key: each key may spend its limit at once, and regains it evenly over a
 * minute. Implementations shared by a fleet enforce the limit for all instances together.
 */
public interface RateLimiter {

    /**
     * Spends one request of {@code key}'s budget if there is one.
     *
     * @throws RateLimiterException when the limiter's backend cannot decide (the caller refuses the request)
     */
    RateDecision acquire(String key);
}
