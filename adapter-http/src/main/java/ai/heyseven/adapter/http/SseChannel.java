package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One client's event stream. The turn's thread and {@link TurnWatches} both write here, so writes
 * are serialised by a lock (a {@link ReentrantLock}, which does not pin a virtual thread). The first
 * failed write marks the client gone; after {@link #close(Problem)} nothing more is written.
 */
final class SseChannel {
    private static final String HEARTBEAT = ": heartbeat\n\n";
    private final OutputStream out;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean open = true;
    private volatile boolean clientGone;
    /** When ({@link System#nanoTime}) the stream was opened or last written. */
    private volatile long lastWriteNanos = System.nanoTime();

    SseChannel(OutputStream out) {
        this.out = out;
    }

    /** Sends one event; false when the stream is closed or the client has gone. */
    boolean send(AgentEvent event) {
        return write("event: " + event.name() + "\ndata: " + Json.write(Json.data(event)) + "\n\n");
    }

    /** Sends one named event whose data is {@code json} (a single line). */
    boolean send(String name, String json) {
        return write("event: " + name + "\ndata: " + json + "\n\n");
    }

    /** Sends a comment line that keeps proxies and clients from timing out an idle stream. */
    boolean heartbeat() {
        return write(HEARTBEAT);
    }

    /**
     * Sends a heartbeat if nothing has been written for {@code idleNanos} before {@code now}, unless a
     * write is in progress (the stream is alive, and whoever watches it must not wait on a slow client).
     *
     * @return false when the client has gone
     */
    boolean heartbeatIfIdle(long now, long idleNanos) {
        if (now - lastWriteNanos < idleNanos || !lock.tryLock()) {
            return !clientGone;
        }
        try {
            write(HEARTBEAT);
            return !clientGone;
        } finally {
            lock.unlock();
        }
    }

    /** Ends the stream, with a final {@code error} event when {@code problem} is not null. */
    void close(Problem problem) {
        if (problem != null) {
            send(new AgentEvent.Failure(problem));
        }
        open = false;
    }

    boolean clientGone() {
        return clientGone;
    }

    private boolean write(String frame) {
        lock.lock();
        try {
            if (!open || clientGone) {
                return false;
            }
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
            lastWriteNanos = System.nanoTime();
            return true;
        } catch (IOException e) {
            clientGone = true;
            return false;
        } finally {
            lock.unlock();
        }
    }
}
