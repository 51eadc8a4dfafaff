package ai.heyseven.adapter.local;

import ai.heyseven.ports.idempotency.IdempotencyStore;
import ai.heyseven.ports.telemetry.BoundedStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;

/**
 * Claims in this process's memory, each expiring after its own time to live, at most
 * {@code maxKeys} of them. Only for {@code dev} and single instances: a second instance would not
 * see these claims, which is why {@code prod} uses the Redis store.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore, BoundedStore {
    private final Cache<String, Duration> claims;
    private final long maxKeys;

    public InMemoryIdempotencyStore(long maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be positive, got " + maxKeys);
        }
        this.claims = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfter(Expiry.<String, Duration>creating((key, ttl) -> ttl))
                .recordStats()
                .build();
        this.maxKeys = maxKeys;
    }

    @Override
    public boolean claim(String key, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a claim needs a positive time to live, got " + ttl);
        }
        return claims.asMap().putIfAbsent(key, ttl) == null;
    }

    @Override
    public void release(String key) {
        claims.invalidate(key);
    }

    @Override
    public BoundedStore.Fill fill() {
        return CacheFill.of(claims, maxKeys);
    }
}
