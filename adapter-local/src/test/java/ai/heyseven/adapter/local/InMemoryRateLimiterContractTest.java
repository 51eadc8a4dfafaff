package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.RateLimiterContract;
import ai.heyseven.ports.ratelimit.RateLimiter;

/** The in-memory limiter runs the same contract as the Redis one, so the fake cannot drift. */
class InMemoryRateLimiterContractTest extends RateLimiterContract {
    @Override
    protected RateLimiter limiter(int perMinute) {
        return new InMemoryRateLimiter(perMinute, 1_000);
    }
}
