package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.desk.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open desk stream's inbox: the events the feed's poller puts in and the stream's handler takes
 * out, at most {@link #CAPACITY}; a client too slow to keep up loses its stream (it reconnects and
 * reads the queue afresh) rather than the server holding ever more for it.
 */
final class DeskSubscriber {
    static final int CAPACITY = 256;

    private final String casinoId;
    private final StaffMember member;
    private final String threadId;
    private final BlockingQueue<Event> events = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean overflowed;
    private Instant since;
    /** The host the guest was told of; null until told anything (the first look always tells). */
    private Optional<String> host;

    private DeskSubscriber(String casinoId, StaffMember member, String threadId, Instant since) {
        this.casinoId = casinoId;
        this.member = member;
        this.threadId = threadId;
        this.since = since;
    }

    static DeskSubscriber staff(String casinoId, StaffMember member) {
        return new DeskSubscriber(casinoId, member, null, Instant.EPOCH);
    }

    static DeskSubscriber guest(String casinoId, String threadId, Instant since) {
        return new DeskSubscriber(casinoId, null, threadId, since);
    }

    String casinoId() {
        return casinoId;
    }

    boolean isGuest() {
        return threadId != null;
    }

    StaffMember member() {
        return member;
    }

    String threadId() {
        return threadId;
    }

    synchronized Instant since() {
        return since;
    }

    void offer(String name, String json) {
        if (!events.offer(new Event(name, json))) {
            overflowed = true;
        }
    }

    /** A guest's view changed: tells of a host arriving or leaving, and of each message not told yet. */
    synchronized void show(HostDesk.HostPresence presence) {
        if (host == null || !presence.hostName().equals(host)) {
            host = presence.hostName();
            offer("host", Json.write(CaseJson.host(host)));
        }
        for (CaseMessage message : presence.messages()) {
            if (message.at().isAfter(since)) {
                offer("message", Json.write(CaseJson.hostMessage(message)));
                since = message.at();
            }
        }
    }

    /** The next event, or null when none came within {@code wait}. */
    Event next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean overflowed() {
        return overflowed;
    }

    record Event(String name, String json) { }
}
