package ai.heyseven.adapter.local;

import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.telemetry.BoundedStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * Content hashes in this process's memory, at most {@code maxItems}. Losing one only costs an
 * unnecessary re-ingestion, never a wrong answer. For {@code dev}; {@code prod} shares them in Redis.
 */
public final class InMemoryChangeHashStore implements ChangeHashStore, BoundedStore {
    private final Cache<String, String> hashes;
    private final long maxItems;

    public InMemoryChangeHashStore(long maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be positive, got " + maxItems);
        }
        this.hashes = Caffeine.newBuilder().maximumSize(maxItems).recordStats().build();
        this.maxItems = maxItems;
    }

    @Override
    public Optional<String> hash(String casinoId, String itemId) {
        return Optional.ofNullable(hashes.getIfPresent(key(casinoId, itemId)));
    }

    @Override
    public void put(String casinoId, String itemId, String hash) {
        hashes.put(key(casinoId, itemId), hash);
    }

    @Override
    public void remove(String casinoId, String itemId) {
        hashes.invalidate(key(casinoId, itemId));
    }

    private static String key(String casinoId, String itemId) {
        return casinoId + '\u0000' + itemId;
    }

    @Override
    public BoundedStore.Fill fill() {
        return CacheFill.of(hashes, maxItems);
    }
}
