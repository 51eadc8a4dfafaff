package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.CaseStoreContract;
import ai.heyseven.ports.desk.CaseStore;

/** The in-memory case store runs the same contract as the Firestore one. */
class InMemoryCaseStoreContractTest extends CaseStoreContract {
    private final InMemoryCaseStore cases = new InMemoryCaseStore(1_000);

    @Override
    protected CaseStore store() {
        return cases;
    }
}
