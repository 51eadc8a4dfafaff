package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.ClaimLostException;
import ai.heyseven.ports.conversation.TurnClaim;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link CheckpointStore} promises; each adapter's test extends this class. */
public abstract class CheckpointStoreContract {
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** Long enough that a loaded machine does not lose it between two steps of a test; short enough to wait out. */
    private static final Duration SHORT_LEASE = Duration.ofMillis(300);

    /** The store under test, empty. */
    protected abstract CheckpointStore store();

    protected static Checkpoint checkpoint(String threadId, int turn, int step, String nextNode) {
        return Samples.checkpoint(threadId, turn, step, nextNode);
    }

    /** Saves {@code checkpoint} the way a turn does: under a claim of its thread, released afterwards. */
    public static void saveAsATurn(CheckpointStore store, Checkpoint checkpoint) {
        TurnClaim claim = store.claim(checkpoint.threadId(), LEASE).orElseThrow();
        try {
            store.save(claim, checkpoint);
        } finally {
            store.release(claim);
        }
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
        saveAsATurn(store, saved);
        assertEquals(saved, store.latest(thread).orElseThrow());
    }

    @Test
    void theNewestSaveWins() {
        CheckpointStore store = store();
        String thread = newThread();
        TurnClaim claim = store.claim(thread, LEASE).orElseThrow();
        for (int step = 1; step <= 7; step++) {
            store.save(claim, checkpoint(thread, 1, step, step == 7 ? null : "next"));
        }
        store.release(claim);
        Checkpoint latest = store.latest(thread).orElseThrow();
        assertEquals(7, latest.step());
        assertTrue(latest.turnComplete());
    }

    @Test
    void aThreadHasOneClaimAtATimeUntilItIsReleased() {
        CheckpointStore store = store();
        String thread = newThread();
        TurnClaim first = store.claim(thread, LEASE).orElseThrow();
        assertTrue(store.claim(thread, LEASE).isEmpty(), "a second turn of the same thread is refused");
        assertTrue(store.claim(newThread(), LEASE).isPresent(), "another thread is not held");
        store.release(first);
        TurnClaim next = store.claim(thread, LEASE).orElseThrow();
        store.release(next);
    }

    @Test
    void ofManyTurnsClaimingOneThreadAtOnceExactlyOneGetsIt() throws Exception {
        CheckpointStore store = store();
        String thread = newThread();
        int contenders = 16;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(contenders)) {
            List<Future<Optional<TurnClaim>>> claims = IntStream.range(0, contenders)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return store.claim(thread, LEASE);
                    })).toList();
            start.countDown();
            long won = 0;
            for (Future<Optional<TurnClaim>> claim : claims) {
                won += claim.get().isPresent() ? 1 : 0;
            }
            assertEquals(1, won);
        }
    }

    @Test
    void aClaimWhoseLeaseRanOutLetsTheThreadGoAndCanNoLongerSave() {
        CheckpointStore store = store();
        String thread = newThread();
        TurnClaim stale = store.claim(thread, SHORT_LEASE).orElseThrow();
        TurnClaim fresh = claimOnceFree(store, thread);
        Checkpoint kept = checkpoint(thread, 2, 1, "router");
        store.save(fresh, kept);

        assertThrows(ClaimLostException.class, () -> store.save(stale, checkpoint(thread, 2, 1, null)));
        store.release(stale);
        assertEquals(kept, store.latest(thread).orElseThrow(), "the refused save wrote nothing");
        assertTrue(store.claim(thread, LEASE).isEmpty(), "releasing a stale claim leaves the new one alone");
        store.release(fresh);
    }

    @Test
    void aSaveRenewsTheLease() throws InterruptedException {
        CheckpointStore store = store();
        String thread = newThread();
        TurnClaim claim = keptPastItsLease(store, thread, step -> store.save(step.claim(), checkpoint(thread, 1, step.number(), "next")));
        store.release(claim);
    }

    @Test
    void aRenewedClaimOutlivesItsLeaseAndOneNoLongerRenewedLapses() throws InterruptedException {
        CheckpointStore store = store();
        String thread = newThread();
        TurnClaim claim = keptPastItsLease(store, thread, step -> assertTrue(store.renew(step.claim())));
        TurnClaim next = claimOnceFree(store, thread);
        assertFalse(store.renew(claim), "a lapsed claim taken over is not renewed");
        store.release(next);
    }

    private record Step(TurnClaim claim, int number) { }

    /**
     * Claims {@code thread} for two seconds and does {@code keepAlive} every half second for three:
     * the claim must still hold past its first lease. Half a second between two renewals leaves a
     * loaded machine a second and a half to spare.
     */
    private static TurnClaim keptPastItsLease(CheckpointStore store, String thread, Consumer<Step> keepAlive)
            throws InterruptedException {
        TurnClaim claim = store.claim(thread, Duration.ofSeconds(2)).orElseThrow();
        long started = System.nanoTime();
        for (int step = 1; step <= 6; step++) {
            Thread.sleep(500);
            keepAlive.accept(new Step(claim, step));
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(claim.lease()) > 0);
        assertTrue(store.claim(thread, LEASE).isEmpty(), "still held past its first lease");
        return claim;
    }

    @Test
    void deleteForgetsTheThreadAndNoOther() {
        CheckpointStore store = store();
        String gone = newThread();
        String kept = newThread();
        saveAsATurn(store, checkpoint(gone, 1, 1, null));
        saveAsATurn(store, checkpoint(kept, 1, 1, null));
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
            saveAsATurn(store, Samples.checkpoint(thread, guest, 1, 1, "retrieve"));
            saveAsATurn(store, Samples.checkpoint(thread, guest, 1, 2, null));
        }
        String someoneElses = newThread();
        String anonymous = newThread();
        saveAsATurn(store, Samples.checkpoint(someoneElses, "g-" + UUID.randomUUID(), 1, 1, null));
        saveAsATurn(store, Samples.checkpoint(anonymous, null, 1, 1, null));

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
        threads.parallelStream().forEach(thread -> saveAsATurn(store, checkpoint(thread, 1, 1, null)));
        threads.forEach(thread -> assertEquals(thread, store.latest(thread).orElseThrow().threadId()));
    }

    /** Waits (at most ten seconds) for the thread's current claim to lapse, then claims it. */
    private static TurnClaim claimOnceFree(CheckpointStore store, String thread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<TurnClaim> claim = store.claim(thread, LEASE);
            if (claim.isPresent()) {
                return claim.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the claim of " + thread + " never lapsed");
    }
}
