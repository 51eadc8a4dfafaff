package ai.heyseven.adapter.firestore;

import static ai.heyseven.ports.contract.CaseStoreContract.claimBy;
import static ai.heyseven.ports.contract.CaseStoreContract.openCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.contract.CaseStoreContract;
import ai.heyseven.ports.desk.CaseConflictException;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.DeskCase;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The case store against Google's Firestore emulator: the contract, and two instances of a fleet sharing one case. */
class FirestoreCaseStoreIT {
    @RegisterExtension
    static final FirestoreExtension FIRESTORE = new FirestoreExtension();

    @Nested
    class Contract extends CaseStoreContract {
        @Override
        protected CaseStore store() {
            return new FirestoreCaseStore(FIRESTORE.connection());
        }
    }

    @Test
    void aCaseOpenedOnOneInstanceIsClaimedOnTheOtherAndASecondClaimIsRefused() {
        try (FirestoreConnection otherInstance = FirestoreConnection.open(FIRESTORE.emulator().settings())) {
            CaseStore first = new FirestoreCaseStore(FIRESTORE.connection());
            CaseStore second = new FirestoreCaseStore(otherInstance);
            Instant at = Instant.parse("2026-12-07T22:00:00.125Z");
            String casino = "fleet-" + System.nanoTime();
            assertTrue(first.create(openCase(casino, "case-rg", "t-fleet", CaseReason.RESPONSIBLE_GAMING, Optional.empty(), at)));

            DeskCase claimed = second.update(casino, "case-rg", claimBy("h-maria", at.plusSeconds(5))).orElseThrow();

            CaseConflictException refused = assertThrows(CaseConflictException.class,
                    () -> first.update(casino, "case-rg", claimBy("h-sam", at.plusSeconds(6))));
            assertTrue(refused.getMessage().contains("h-maria"), refused.getMessage());
            for (CaseStore instance : new CaseStore[] {first, second}) {
                DeskCase seen = instance.get(casino, "case-rg").orElseThrow();
                assertEquals(CaseStatus.CLAIMED, seen.status());
                assertEquals(Optional.of("h-maria"), seen.claimedBy());
                assertEquals(Optional.of(claimed), instance.heldThread(casino, "t-fleet"));
            }
        }
    }
}
