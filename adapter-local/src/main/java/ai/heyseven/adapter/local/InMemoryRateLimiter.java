package ai.heyseven.adapter.local;

import ai.heyseven.ports.ratelimit.RateDecision;
import ai.heyseven.ports.ratelimit.RateLimiter;
import ai.heyseven.ports.telemetry.BoundedStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One Bucket4j token bucket per key, in this process: {@code perMinute} requests at once, regained
 * evenly over a minute. Buckets are lock-free, so there is no global lock on the request path; at
 * most {@code maxKeys} are kept, and a key idle for two minutes is forgotten (its bucket would be
 * full again anyway). For {@code dev} and single instances: {@code prod} uses the Redis limiter.
 */
public final class InMemoryRateLimiter implements RateLimiter, BoundedStore {
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final int perMinute;
    private final Cache<String, Bucket> buckets;
    private final long maxKeys;

    public InMemoryRateLimiter(int perMinute, long maxKeys) {
        if (perMinute < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("perMinute and maxKeys must be positive, got " + perMinute + " and " + maxKeys);
        }
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(PERIOD.multipliedBy(2)).recordStats().build();
        this.maxKeys = maxKeys;
    }

    @Override
    public RateDecision acquire(String key) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new RateDecision(true, probe.getRemainingTokens(), Duration.ZERO)
                : new RateDecision(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public BoundedStore.Fill fill() {
        return CacheFill.of(buckets, maxKeys);
    }
}
