package ai.heyseven.adapter.local;

import ai.heyseven.ports.contract.GuestProfileStoreContract;
import ai.heyseven.ports.guest.GuestProfileStore;

/** The in-memory profiles run the same contract as the Firestore ones. */
class InMemoryGuestProfilesContractTest extends GuestProfileStoreContract {
    private final InMemoryGuestProfiles store = new InMemoryGuestProfiles(1_000);

    @Override
    protected GuestProfileStore store() {
        return store;
    }
}
