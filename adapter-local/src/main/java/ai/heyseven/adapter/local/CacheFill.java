package ai.heyseven.adapter.local;

import ai.heyseven.ports.telemetry.BoundedStore;
import com.github.benmanes.caffeine.cache.Cache;

/** A Caffeine cache's fill (built with {@code recordStats()}, so evictions are counted). */
final class CacheFill {
    private CacheFill() {
    }

    static BoundedStore.Fill of(Cache<?, ?> cache, long capacity) {
        return new BoundedStore.Fill(cache.estimatedSize(), capacity, cache.stats().evictionCount());
    }
}
