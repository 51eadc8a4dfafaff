package ai.heyseven.adapter.redis;

import ai.heyseven.ports.ratelimit.RateDecision;
import ai.heyseven.ports.ratelimit.RateLimiter;
import ai.heyseven.ports.ratelimit.RateLimiterException;
import java.time.Duration;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * A fleet-wide token bucket per key in one round trip: a Lua script ({@code token-bucket.lua})
 * refills and spends atomically inside Redis, timed by Redis's clock. Chosen over Bucket4j's Jedis
 * proxy manager, whose optimistic compare-and-swap needs a read and a write per request and retries
 * under contention between instances. The script is sent once and then called by its SHA.
 */
final class RedisRateLimiter implements RateLimiter {
    private static final LuaScript SCRIPT = LuaScript.named("token-bucket.lua");
    private static final long PERIOD_MILLIS = Duration.ofMinutes(1).toMillis();

    private final UnifiedJedis redis;
    private final List<String> arguments;

    RedisRateLimiter(RedisConnection connection, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be positive, got " + perMinute);
        }
        this.redis = connection.client();
        this.arguments = List.of(Integer.toString(perMinute), Long.toString(PERIOD_MILLIS));
    }

    @Override
    public RateDecision acquire(String key) {
        List<?> reply = RedisCalls.call("checking the rate limit", RateLimiterException::new, () -> run(Keys.rate(key)));
        long allowed = (Long) reply.get(0);
        long remaining = (Long) reply.get(1);
        long waitMillis = (Long) reply.get(2);
        return allowed == 1
                ? new RateDecision(true, remaining, Duration.ZERO)
                : new RateDecision(false, 0, Duration.ofMillis(Math.max(1, waitMillis)));
    }

    private List<?> run(String bucket) {
        return (List<?>) SCRIPT.run(redis, List.of(bucket), arguments);
    }
}
