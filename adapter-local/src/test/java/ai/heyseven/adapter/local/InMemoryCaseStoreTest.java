package ai.heyseven.adapter.local;

import static ai.heyseven.ports.contract.CaseStoreContract.claimBy;
import static ai.heyseven.ports.contract.CaseStoreContract.openCase;
import static ai.heyseven.ports.contract.CaseStoreContract.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.telemetry.BoundedStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryCaseStoreTest {
    private static final Instant AT = Instant.parse("2026-12-07T21:30:00Z");

    private static DeskCase opened(String caseId, int second) {
        return openCase("aurora-palms", caseId, "t-" + caseId, CaseReason.CALLBACK, Optional.empty(), AT.plusSeconds(second));
    }

    private static List<String> ids(InMemoryCaseStore store) {
        return store.list("aurora-palms", Optional.empty(), 10).stream().map(DeskCase::caseId).toList();
    }

    @Test
    void beyondItsBoundTheOldestResolvedCaseMakesRoomFirst() {
        InMemoryCaseStore store = new InMemoryCaseStore(3);
        store.create(opened("a", 1));
        store.create(opened("b", 2));
        store.create(opened("c", 3));
        store.update("aurora-palms", "b", stored -> with(stored, CaseStatus.RESOLVED, Optional.empty(), Optional.empty(),
                Optional.of("done"), AT.plusSeconds(4)));

        assertTrue(store.create(opened("d", 5)));

        assertEquals(List.of("d", "c", "a"), ids(store), "the resolved b went, the older open a stayed");
        assertEquals(new BoundedStore.Fill(3, 3, 1), store.fill());
    }

    @Test
    void withNoResolvedCaseTheOldestMakesRoom() {
        InMemoryCaseStore store = new InMemoryCaseStore(2);
        store.create(opened("a", 1));
        store.create(opened("b", 2));
        store.update("aurora-palms", "a", claimBy("h-1", AT.plusSeconds(3)));

        store.create(opened("c", 4));

        assertEquals(List.of("c", "b"), ids(store));
        assertEquals(new BoundedStore.Fill(2, 2, 1), store.fill());
    }

    @Test
    void aChangeMayNotMoveACaseToAnotherId() {
        InMemoryCaseStore store = new InMemoryCaseStore(2);
        store.create(opened("a", 1));
        assertThrows(IllegalArgumentException.class, () -> store.update("aurora-palms", "a", stored -> opened("z", 1)));
        assertEquals(List.of("a"), ids(store));
    }

    @Test
    void refusesABoundThatHoldsNothing() {
        assertThrows(IllegalArgumentException.class, () -> new InMemoryCaseStore(0));
    }
}
