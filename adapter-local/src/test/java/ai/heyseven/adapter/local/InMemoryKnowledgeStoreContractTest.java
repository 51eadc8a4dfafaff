package ai.heyseven.adapter.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.contract.KnowledgeStoreContract;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.knowledge.KnowledgeStoreException;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryKnowledgeStoreContractTest extends KnowledgeStoreContract {

    @Override
    protected KnowledgeStore store() {
        return new InMemoryKnowledgeStore(100);
    }

    @Test
    void isSeededWithTheBundledProperties() {
        PropertyFiles files = PropertyFiles.bundled();
        InMemoryKnowledgeStore store = InMemoryKnowledgeStore.seededFrom(files, 1_000);
        assertEquals(files.items("aurora-palms"), store.items("aurora-palms"));
        assertEquals(files.items("harbor-lights"), store.items("harbor-lights"));
    }

    @Test
    void refusesAnItemPastItsBoundButStillReplacesOne() {
        InMemoryKnowledgeStore store = new InMemoryKnowledgeStore(1);
        store.upsert(item("a"), Optional.empty());
        assertThrows(KnowledgeStoreException.class, () -> store.upsert(item("b"), Optional.empty()));
        store.upsert(item("a"), Optional.empty());
        store.delete("c", "a");
        store.upsert(item("b"), Optional.empty());
        assertEquals(List.of("b"), store.items("c").stream().map(KnowledgeItem::id).toList());
    }

    private static KnowledgeItem item(String id) {
        return new KnowledgeItem(id, "c", Intent.AMENITIES, "Spa " + id, "Massages", "", WeeklyHours.NONE, "", List.of());
    }
}
