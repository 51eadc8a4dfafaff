package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.IdempotencyStoreContract;
import ai.heyseven.ports.idempotency.IdempotencyStore;

/** The in-memory store runs the same contract as the Redis one, so the fake cannot drift. */
class InMemoryIdempotencyStoreContractTest extends IdempotencyStoreContract {
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(1_000);

    @Override
    protected IdempotencyStore store() {
        return store;
    }
}
