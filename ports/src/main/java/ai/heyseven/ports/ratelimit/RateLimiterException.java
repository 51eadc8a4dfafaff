package ai.heyseven.ports.ratelimit;

import ai.heyseven.ports.BackendException;

/** The rate limiter's backend could not decide; the request is refused rather than let through unchecked. */
public final class RateLimiterException extends BackendException {
    private static final long serialVersionUID = 1L;

    public RateLimiterException(String message, Throwable cause) {
        super("rate-limiter", message, cause);
    }
}
