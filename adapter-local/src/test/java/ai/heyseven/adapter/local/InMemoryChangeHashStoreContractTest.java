package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.ChangeHashStoreContract;
import ai.heyseven.ports.knowledge.ChangeHashStore;

/** The in-memory store runs the same contract as the Redis one, so the fake cannot drift. */
class InMemoryChangeHashStoreContractTest extends ChangeHashStoreContract {
    private final InMemoryChangeHashStore store = new InMemoryChangeHashStore(1_000);

    @Override
    protected ChangeHashStore store() {
        return store;
    }
}
