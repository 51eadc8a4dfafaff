package ai.heyseven.adapter.gemini;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that is closed when a read waits longer than the idle limit: a stream that
 * stalls half-way ends in an error instead of holding the turn (and its thread) forever.
 */
final class IdleTimeoutInputStream extends FilterInputStream {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("model-stream-watchdog").factory());

    private final long idleNanos;
    private volatile boolean timedOut;

    IdleTimeoutInputStream(InputStream in, Duration idle) {
        super(in);
        this.idleNanos = idle.toNanos();
    }

    @Override
    public int read() throws IOException {
        ScheduledFuture<?> alarm = arm();
        try {
            return super.read();
        } catch (IOException e) {
            throw translated(e);
        } finally {
            alarm.cancel(false);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        ScheduledFuture<?> alarm = arm();
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw translated(e);
        } finally {
            alarm.cancel(false);
        }
    }

    private ScheduledFuture<?> arm() {
        return WATCHDOG.schedule(() -> {
            timedOut = true;
            try {
                in.close();
            } catch (IOException ignored) {
                // closing is the point; a failure to close leaves nothing else to do
            }
        }, idleNanos, TimeUnit.NANOSECONDS);
    }

    private IOException translated(IOException e) {
        return timedOut ? new java.net.http.HttpTimeoutException("the answer stream stalled for more than "
                + Duration.ofNanos(idleNanos).toMillis() + " ms") : e;
    }
}
