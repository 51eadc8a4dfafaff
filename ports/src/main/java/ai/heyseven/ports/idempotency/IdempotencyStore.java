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

    /**
     * Gives a claim back, so the next delivery of the same event is processed: for a claimer that
     * could not finish its work (its queue was down) and answers the sender with a retryable error.
     */
    void release(String key);
}
