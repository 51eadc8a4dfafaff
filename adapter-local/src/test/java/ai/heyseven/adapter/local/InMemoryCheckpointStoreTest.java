package ai.heyseven.adapter.local;

import static ai.heyseven.ports.contract.CheckpointStoreContract.saveAsATurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.conversation.Checkpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryCheckpointStoreTest {

    private static Checkpoint checkpoint(String threadId) {
        return new Checkpoint(threadId, "aurora-palms", null, 1, 7, null, List.of(ChatMessage.guest("hi")), Map.of());
    }

    @Test
    void keepsTheNewestCheckpointOfAThread() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore(10, Duration.ofMinutes(5));
        saveAsATurn(store, checkpoint("t1"));
        Checkpoint newer = new Checkpoint("t1", "aurora-palms", null, 2, 1, "router", List.of(), Map.of());
        saveAsATurn(store, newer);
        assertEquals(newer, store.latest("t1").orElseThrow());
        store.delete("t1");
        assertTrue(store.latest("t1").isEmpty());
    }

    @Test
    void tenThousandThreadsNeverGrowPastTheBoundAndEvictionsAreCounted() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore(500, Duration.ofMinutes(5));
        IntStream.range(0, 10_000).parallel().forEach(i -> saveAsATurn(store, checkpoint("thread-" + i)));
        assertTrue(store.size() <= 500, "held " + store.size());
        assertTrue(store.evictions() >= 9_500, "evicted " + store.evictions());
    }
}
