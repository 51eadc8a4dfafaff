package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link CheckpointStore} promises; each adapter's test extends this class. */
public abstract class CheckpointStoreContract {

    /** The store under test, empty. */
    protected abstract CheckpointStore store();

    protected static Checkpoint checkpoint(String threadId, int turn, int step, String nextNode) {
        return Samples.checkpoint(threadId, turn, step, nextNode);
    }

    private static String newThread() {
        return "t-" + UUID.randomUUID();
    }

    @Test
    void knowsNothingOfAnUnknownThread() {
        assertTrue(store().latest(newThread()).isEmpty());
    }

    @Test
    void returnsWhatWasSavedExactly() {
        CheckpointStore store = store();
        String thread = newThread();
        Checkpoint saved = checkpoint(thread, 1, 3, "retrieve");
        store.save(saved);
        assertEquals(saved, store.latest(thread).orElseThrow());
    }

    @Test
    void theNewestSaveWins() {
        CheckpointStore store = store();
        String thread = newThread();
        for (int step = 1; step <= 7; step++) {
            store.save(checkpoint(thread, 1, step, step == 7 ? null : "next"));
        }
        Checkpoint latest = store.latest(thread).orElseThrow();
        assertEquals(7, latest.step());
        assertTrue(latest.turnComplete());
    }

    @Test
    void deleteForgetsTheThreadAndNoOther() {
        CheckpointStore store = store();
        String gone = newThread();
        String kept = newThread();
        store.save(checkpoint(gone, 1, 1, null));
        store.save(checkpoint(kept, 1, 1, null));
        store.delete(gone);
        assertTrue(store.latest(gone).isEmpty());
        assertTrue(store.latest(kept).isPresent());
    }

    @Test
    void concurrentSavesOfDifferentThreadsAreAllKept() {
        CheckpointStore store = store();
        List<String> threads = IntStream.range(0, 64).mapToObj(i -> newThread()).toList();
        threads.parallelStream().forEach(thread -> store.save(checkpoint(thread, 1, 1, null)));
        threads.forEach(thread -> assertEquals(thread, store.latest(thread).orElseThrow().threadId()));
    }
}
