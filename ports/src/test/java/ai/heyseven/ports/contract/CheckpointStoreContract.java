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
    void deleteGuestForgetsEveryThreadOfThatGuestAndNoOther() {
        CheckpointStore store = store();
        String guest = "g-" + UUID.randomUUID();
        List<String> theirs = List.of(newThread(), newThread(), newThread());
        for (String thread : theirs) {
            store.save(Samples.checkpoint(thread, guest, 1, 1, "retrieve"));
            store.save(Samples.checkpoint(thread, guest, 1, 2, null));
        }
        String someoneElses = newThread();
        String anonymous = newThread();
        store.save(Samples.checkpoint(someoneElses, "g-" + UUID.randomUUID(), 1, 1, null));
        store.save(Samples.checkpoint(anonymous, null, 1, 1, null));

        assertEquals(3, store.deleteGuest("aurora-palms", guest));
        theirs.forEach(thread -> assertTrue(store.latest(thread).isEmpty(), thread));
        assertTrue(store.latest(someoneElses).isPresent());
        assertTrue(store.latest(anonymous).isPresent());
        assertEquals(0, store.deleteGuest("aurora-palms", guest), "idempotent");
        assertEquals(0, store.deleteGuest("harbor-lights", "g-" + UUID.randomUUID()));
    }

    @Test
    void concurrentSavesOfDifferentThreadsAreAllKept() {
        CheckpointStore store = store();
        List<String> threads = IntStream.range(0, 64).mapToObj(i -> newThread()).toList();
        threads.parallelStream().forEach(thread -> store.save(checkpoint(thread, 1, 1, null)));
        threads.forEach(thread -> assertEquals(thread, store.latest(thread).orElseThrow().threadId()));
    }
}
