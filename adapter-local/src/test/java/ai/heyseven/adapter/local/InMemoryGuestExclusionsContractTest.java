package ai.heyseven.adapter.local;

import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.consent.GuestExclusionsException;
import ai.heyseven.ports.contract.GuestExclusionsContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The in-memory exclusions run the same contract as the Firestore ones. */
class InMemoryGuestExclusionsContractTest extends GuestExclusionsContract {
    private final InMemoryGuestExclusions exclusions = new InMemoryGuestExclusions(1_000);

    @Override
    protected GuestExclusions exclusions() {
        return exclusions;
    }

    @Test
    void aFullStoreRefusesANewGuestAndKeepsEveryExclusion() {
        InMemoryGuestExclusions two = new InMemoryGuestExclusions(2);
        two.exclude("aurora-palms", "a", Instant.EPOCH);
        two.link("aurora-palms", "b", "+17025550101");
        assertThrows(GuestExclusionsException.class, () -> two.link("aurora-palms", "c", "+17025550102"));
        assertThrows(GuestExclusionsException.class, () -> two.exclude("aurora-palms", "c", Instant.EPOCH));
        two.forgetPhones("aurora-palms", "b"); // a guest with no exclusion and no number is gone: room again
        two.exclude("aurora-palms", "c", Instant.EPOCH);
    }
}
