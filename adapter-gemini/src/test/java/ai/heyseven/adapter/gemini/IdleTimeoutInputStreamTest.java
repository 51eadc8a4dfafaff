package ai.heyseven.adapter.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdleTimeoutInputStreamTest {
    @Test
    void aReadThatWaitsPastTheIdleLimitEndsInATimeout() throws IOException {
        Body body = new Body();
        body.bytes.add(7);
        long started = System.nanoTime();
        try (IdleTimeoutInputStream stream = new IdleTimeoutInputStream(body, Duration.ofMillis(300))) {
            assertEquals(7, stream.read());
            HttpTimeoutException stalled = assertThrows(HttpTimeoutException.class, stream::read);
            assertTrue(stalled.getMessage().contains("300 ms"), stalled.getMessage());
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(millis >= 300 && millis < 300 + 10 * IdleTimeoutInputStream.SWEEP.toMillis(), "took " + millis + " ms");
    }

    @Test
    void timeSpentBetweenReadsIsNotIdleAndAClosedStreamIsNoLongerWatched() throws Exception {
        Body body = new Body();
        int before = IdleTimeoutInputStream.watched();
        IdleTimeoutInputStream stream = new IdleTimeoutInputStream(body, Duration.ofMillis(200));
        assertEquals(before + 1, IdleTimeoutInputStream.watched());
        body.bytes.add(1);
        body.bytes.add(2);
        assertEquals(1, stream.read());
        Thread.sleep(600); // the guest's side is slow to take the next piece: the model has not stalled
        assertEquals(2, stream.read());
        stream.close();
        assertEquals(before, IdleTimeoutInputStream.watched());
    }

    /** A response body whose reads wait for bytes until it is closed, as a socket's do. */
    private static final class Body extends InputStream {
        private static final int CLOSED = -2;
        final LinkedBlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();

        @Override
        public int read() throws IOException {
            try {
                Integer next = bytes.poll(30, TimeUnit.SECONDS);
                if (next == null || next == CLOSED) {
                    throw new IOException("closed");
                }
                return next;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        @Override
        public void close() {
            bytes.add(CLOSED);
        }
    }
}
