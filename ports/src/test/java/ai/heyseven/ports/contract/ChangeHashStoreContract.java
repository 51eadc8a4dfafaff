package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.knowledge.ChangeHashStore;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ChangeHashStore} promises; each adapter's test extends this class. */
public abstract class ChangeHashStoreContract {

    protected abstract ChangeHashStore store();

    @Test
    void remembersTheLastHashOfEachItemPerCasino() {
        ChangeHashStore store = store();
        String item = "item-" + UUID.randomUUID();
        assertTrue(store.hash("aurora-palms", item).isEmpty());
        store.put("aurora-palms", item, "aaa");
        store.put("aurora-palms", item, "bbb");
        store.put("harbor-lights", item, "ccc");
        assertEquals(Optional.of("bbb"), store.hash("aurora-palms", item));
        assertEquals(Optional.of("ccc"), store.hash("harbor-lights", item));
    }

    @Test
    void forgetsARemovedItem() {
        ChangeHashStore store = store();
        String item = "item-" + UUID.randomUUID();
        store.put("aurora-palms", item, "aaa");
        store.remove("aurora-palms", item);
        assertTrue(store.hash("aurora-palms", item).isEmpty());
    }
}
