package ai.heyseven.adapter.gemini;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A response body that is closed when a read waits longer than the idle limit: a stream that
 * stalls half-way ends in an error instead of holding the turn (and its thread) forever.
 *
 * <p>A read only notes when it started; one watchdog thread looks over the open streams every
 * {@link #SWEEP} and closes those whose read has waited too long. (Arming a timer per read cost a
 * scheduled task per chunk, under one lock, and a cancelled task stayed queued until its delay ran
 * out: about 290,000 of them on the heap at 1,000 streaming guests.) The set of open streams is
 * bounded by the model calls in flight, which the bulkhead bounds; a stream leaves it when closed.
 */
final class IdleTimeoutInputStream extends FilterInputStream {
    static final Duration SWEEP = Duration.ofMillis(100);
    private static final long NOT_READING = Long.MIN_VALUE;
    private static final Set<IdleTimeoutInputStream> OPEN = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("model-stream-watchdog").factory());

    static {
        WATCHDOG.scheduleWithFixedDelay(IdleTimeoutInputStream::sweep, SWEEP.toNanos(), SWEEP.toNanos(), TimeUnit.NANOSECONDS);
    }

    private final long idleNanos;
    private volatile long readingSince = NOT_READING;
    private volatile boolean timedOut;

    IdleTimeoutInputStream(InputStream in, Duration idle) {
        super(in);
        this.idleNanos = idle.toNanos();
        OPEN.add(this);
    }

    @Override
    public int read() throws IOException {
        readingSince = System.nanoTime();
        try {
            return super.read();
        } catch (IOException e) {
            throw translated(e);
        } finally {
            readingSince = NOT_READING;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        readingSince = System.nanoTime();
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw translated(e);
        } finally {
            readingSince = NOT_READING;
        }
    }

    @Override
    public void close() throws IOException {
        OPEN.remove(this);
        super.close();
    }

    /** How many streams the watchdog is looking after. */
    static int watched() {
        return OPEN.size();
    }

    private static void sweep() {
        long now = System.nanoTime();
        for (IdleTimeoutInputStream stream : OPEN) {
            long since = stream.readingSince;
            if (since != NOT_READING && now - since > stream.idleNanos) {
                stream.stall();
            }
        }
    }

    private void stall() {
        timedOut = true;
        OPEN.remove(this);
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // closing is the point; a failure to close leaves nothing else to do (and must not stop the watchdog)
        }
    }

    private IOException translated(IOException e) {
        return timedOut ? new HttpTimeoutException("the answer stream stalled for more than "
                + Duration.ofNanos(idleNanos).toMillis() + " ms") : e;
    }
}
