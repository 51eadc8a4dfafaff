package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.HostCallbacksContract;
import ai.heyseven.ports.tools.HostCallbacks;

/** The in-memory call-back queue runs the same contract as the Firestore one. */
class InMemoryHostCallbacksContractTest extends HostCallbacksContract {
    private final InMemoryHostCallbacks callbacks = new InMemoryHostCallbacks(100);

    @Override
    protected HostCallbacks callbacks() {
        return callbacks;
    }
}
