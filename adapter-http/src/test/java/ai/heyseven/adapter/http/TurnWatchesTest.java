package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnStream;
import ai.heyseven.ports.testing.BusyCarriers;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TurnWatchesTest {
    private static final Duration HEARTBEAT = Duration.ofMillis(200);
    private static final Duration LONG = Duration.ofMinutes(1);
    private final Drain drain = new Drain();
    private final TurnWatches watches = TurnWatches.start(HEARTBEAT, drain);

    @AfterEach
    void stop() {
        watches.close();
    }

    /**
     * Virtual threads are never time-sliced: a watch on one waited behind turns that kept every
     * carrier busy, and its stream went silent for as long as they ran.
     */
    @Test
    void heartbeatsStayOnTimeWhileEveryCarrierOfVirtualThreadsIsBusy() throws InterruptedException {
        Client client = new Client();
        try (TurnWatch watch = watches.watch(new Turn(), new SseChannel(client), LONG)) {
            BusyCarriers.spinFor(HEARTBEAT.multipliedBy(8));
            assertFalse(watch.timedOut());
        }
        assertTrue(client.heartbeats() >= 5, "a heartbeat every " + HEARTBEAT.toMillis() + " ms over eight: " + client.heartbeats());
        assertTrue(client.longestSilenceMillis() < HEARTBEAT.toMillis() * 2, "longest silence " + client.longestSilenceMillis() + " ms");
    }

    @Test
    void aStreamThatIsWrittenToGetsNoHeartbeat() throws InterruptedException {
        Client client = new Client();
        SseChannel channel = new SseChannel(client);
        try (TurnWatch watch = watches.watch(new Turn(), channel, LONG)) {
            long until = System.nanoTime() + HEARTBEAT.multipliedBy(4).toNanos();
            while (System.nanoTime() - until < 0) {
                assertTrue(channel.send("token", "{}"));
                Thread.sleep(HEARTBEAT.dividedBy(4));
            }
        }
        assertEquals(0, client.heartbeats(), "the tokens were the stream's sign of life");
    }

    @Test
    void aTurnPastItsDeadlineIsCancelledAndToldSo() throws InterruptedException {
        Turn turn = new Turn();
        try (TurnWatch watch = watches.watch(turn, null, HEARTBEAT)) {
            assertTrue(turn.cancelled.await(5, TimeUnit.SECONDS), "cancelled");
            assertTrue(watch.timedOut());
            assertFalse(watch.drained());
        }
        assertEquals(0, watches.size(), "no longer watched");
    }

    @Test
    void aTurnWhoseClientHasGoneIsCancelledAtItsNextHeartbeat() throws InterruptedException {
        Turn turn = new Turn();
        try (TurnWatch watch = watches.watch(turn, new SseChannel(new GoneClient()), LONG)) {
            assertTrue(turn.cancelled.await(5, TimeUnit.SECONDS), "cancelled");
            assertFalse(watch.timedOut());
            assertFalse(watch.drained());
        }
    }

    @Test
    void aStreamThatFailsUnexpectedlyEndsItsOwnTurnAndTheOthersKeepTheirHeartbeats() throws InterruptedException {
        Turn broken = new Turn();
        Client client = new Client();
        try (TurnWatch failing = watches.watch(broken, new SseChannel(new BrokenClient()), LONG);
                TurnWatch healthy = watches.watch(new Turn(), new SseChannel(client), LONG)) {
            assertTrue(broken.cancelled.await(5, TimeUnit.SECONDS), "the broken stream's turn cancelled");
            Thread.sleep(HEARTBEAT.multipliedBy(3).toMillis());
            assertFalse(healthy.timedOut());
        }
        assertTrue(client.heartbeats() >= 2, "the other stream still watched: " + client.heartbeats());
    }

    @Test
    void aTurnStillRunningWhenTheDrainRunsOutIsCancelledAndToldSo() throws Exception {
        Turn turn = new Turn();
        drain.enter();
        Thread draining = Thread.ofVirtual().start(() -> drain.run(Duration.ZERO, Duration.ofSeconds(5)));
        try (TurnWatch watch = watches.watch(turn, new SseChannel(new Client()), LONG)) {
            assertTrue(turn.cancelled.await(5, TimeUnit.SECONDS), "cancelled");
            assertTrue(watch.drained());
            assertFalse(watch.timedOut());
        } finally {
            drain.exit();
        }
        assertTrue(draining.join(Duration.ofSeconds(5)), "the drain ended with its last turn");
    }

    /** A client reading every byte, noting when each write came. */
    private static final class Client extends OutputStream {
        private final long opened = System.nanoTime();
        private long last = opened;
        private long longestSilence;
        private int heartbeats;

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            long now = System.nanoTime();
            longestSilence = Math.max(longestSilence, now - last);
            last = now;
            if (length > 0 && bytes[offset] == ':') {
                heartbeats++;
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        synchronized int heartbeats() {
            return heartbeats;
        }

        synchronized long longestSilenceMillis() {
            return Duration.ofNanos(longestSilence).toMillis();
        }
    }

    /** A client that has hung up: every write fails. */
    private static final class GoneClient extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }
    }

    /** A stream that fails in a way no write should: the watching thread must survive it. */
    private static final class BrokenClient extends OutputStream {
        @Override
        public void write(int b) {
            throw new IllegalStateException("a bug in the stream");
        }
    }

    /** A turn that runs until it is cancelled (never run here: the watch is what is tested). */
    private static final class Turn implements TurnStream {
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public String threadId() {
            return "t-watched";
        }

        @Override
        public void run(Consumer<AgentEvent> events) {
            throw new UnsupportedOperationException("not run in these tests");
        }

        @Override
        public TurnReply reply() {
            throw new UnsupportedOperationException("not run in these tests");
        }

        @Override
        public void cancel() {
            cancelled.countDown();
        }

        @Override
        public boolean cancelled() {
            return cancelled.getCount() == 0;
        }
    }
}
