package ai.heyseven.adapter.http;

import ai.heyseven.ports.ratelimit.RateDecision;
import ai.heyseven.ports.ratelimit.RateLimiter;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Telemetry;
import io.javalin.http.Context;

/**
 * Spends one request of the budget of this API key and client address before a {@code /v1/*}
 * handler runs; over budget is 429 with {@code Retry-After}. The limiter is the fleet's (Redis in
 * {@code prod}), so adding instances never multiplies a limit; there is no lock here.
 */
final class RateLimiting {
    private final RateLimiter limiter;
    private final boolean trustProxy;
    private final Telemetry telemetry;

    RateLimiting(RateLimiter limiter, boolean trustProxy, Telemetry telemetry) {
        this.limiter = limiter;
        this.trustProxy = trustProxy;
        this.telemetry = telemetry;
    }

    void check(Context ctx) {
        spend(Authentication.scope(ctx).keyId() + "|" + clientAddress(ctx));
    }

    /** For a route without a credential (the page's token request): the budget of the client address alone. */
    void checkAnonymous(Context ctx, String route) {
        spend(route + "|" + clientAddress(ctx));
    }

    private void spend(String key) {
        RateDecision decision = limiter.acquire(key);
        if (!decision.allowed()) {
            telemetry.record(new Measurement.Rejected("rate_limit"));
            long millis = decision.retryAfter().toMillis();
            throw HttpProblem.tooManyRequests((millis + 999) / 1000);
        }
    }

    /**
     * The connecting address; behind a trusted proxy, the last address of {@code X-Forwarded-For},
     * which the proxy itself appended (earlier entries come from the client and can be forged).
     */
    String clientAddress(Context ctx) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return ctx.req().getRemoteAddr();
    }
}
