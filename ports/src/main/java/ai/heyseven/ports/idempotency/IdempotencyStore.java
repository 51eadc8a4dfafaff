package ai.heyseven.ports.idempotency;

import java.time.Duration;

/** Remembers which keys (webhook event ids) were claimed, fleet-wide when the store is shared. */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for {@code ttl}: true for the first caller, false for everyone after, on
     * any instance, until the claim expires.
     *
     * @throws IdempotencyStoreException when the store cannot answer (the caller must not assume either way)
     */
    boolean claim(String key, Duration ttl);
}
