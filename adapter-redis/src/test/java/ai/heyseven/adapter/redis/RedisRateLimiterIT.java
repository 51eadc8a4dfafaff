package ai.heyseven.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.contract.RateLimiterContract;
import ai.heyseven.ports.ratelimit.RateLimiter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisRateLimiterIT extends RateLimiterContract {
    @RegisterExtension
    static final RedisExtension REDIS = new RedisExtension();

    @Override
    protected RateLimiter limiter(int perMinute) {
        return new RedisRateLimiter(REDIS.connection(), perMinute);
    }

    @Test
    void reloadsItsScriptWhenRedisForgotIt() {
        RedisRateLimiter limiter = new RedisRateLimiter(REDIS.connection(), 10);
        assertTrue(limiter.acquire("before-flush").allowed());
        REDIS.connection().client().scriptFlush();
        assertTrue(limiter.acquire("after-flush").allowed());
    }
}
