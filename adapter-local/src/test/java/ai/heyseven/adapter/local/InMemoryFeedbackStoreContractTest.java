package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.FeedbackStoreContract;
import ai.heyseven.ports.feedback.FeedbackStore;

/** The in-memory feedback store runs the same contract as the Firestore one. */
class InMemoryFeedbackStoreContractTest extends FeedbackStoreContract {
    private final InMemoryFeedbackStore store = new InMemoryFeedbackStore(100);

    @Override
    protected FeedbackStore store() {
        return store;
    }
}
