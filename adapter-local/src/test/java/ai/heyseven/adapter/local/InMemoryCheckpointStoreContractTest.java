package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.CheckpointStoreContract;
import ai.heyseven.ports.conversation.CheckpointStore;
import java.time.Duration;

/** The in-memory store runs the same contract as the Redis one, so the fake cannot drift. */
class InMemoryCheckpointStoreContractTest extends CheckpointStoreContract {
    private final InMemoryCheckpointStore store = new InMemoryCheckpointStore(1_000, Duration.ofMinutes(5));

    @Override
    protected CheckpointStore store() {
        return store;
    }
}
