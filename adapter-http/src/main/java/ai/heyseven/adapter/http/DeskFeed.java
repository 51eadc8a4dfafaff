package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's live delivery on this instance: one poller (a virtual thread) asks the desk, about once
 * a second, for the cases changed since its last look — one question per casino that has a
 * subscriber here, never one per open stream — and fans each change out to the local subscribers:
 * staff watching the casino's queue get the case (if they may see it), and a guest's page watching
 * the case's conversation gets the host's arrival, departure and messages. Cases live in the fleet's
 * store, so a change made on any instance reaches every instance's streams.
 */
final class DeskFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeskFeed.class);
    static final int MAX_SUBSCRIBERS = 10_000;
    /** Looks back this far behind the newest change seen: instances' clocks and the store's commits are not in lock-step. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final int MAX_REMEMBERED = 50_000;

    private final HostDesk desk;
    private final Duration interval;
    private final Clock clock;
    private final Set<DeskSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> cursors = new ConcurrentHashMap<>();
    /** The newest version of each case already fanned out (poller thread only). */
    private final Map<String, Instant> delivered = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };
    private final Thread poller;
    private volatile boolean closed;

    DeskFeed(HostDesk desk, Duration interval, Clock clock) {
        this.desk = desk;
        this.interval = interval;
        this.clock = clock;
        this.poller = Thread.ofVirtual().name("desk-feed").start(this::run);
    }

    /** A member's view of a casino's queue. */
    DeskSubscriber watchCasino(String casinoId, StaffMember member) {
        return add(DeskSubscriber.staff(casinoId, member));
    }

    /** A guest's page's view of a host in its conversation, from {@code since}. */
    DeskSubscriber watchThread(String casinoId, String threadId, Instant since) {
        return add(DeskSubscriber.guest(casinoId, threadId, since));
    }

    void remove(DeskSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    private DeskSubscriber add(DeskSubscriber subscriber) {
        if (subscribers.size() >= MAX_SUBSCRIBERS) {
            throw HttpProblem.unavailable("this instance holds as many desk streams as it may; try again shortly");
        }
        cursors.putIfAbsent(subscriber.casinoId(), clock.instant());
        subscribers.add(subscriber);
        return subscriber;
    }

    private void run() {
        while (!closed) {
            try {
                Thread.sleep(interval);
                tick();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("the desk's live feed could not read the changes, trying again in {} ms: {}", interval.toMillis(), e.toString());
            }
        }
    }

    /** One look at the changes of every casino watched here, fanned out to its subscribers. */
    void tick() {
        Map<String, List<DeskSubscriber>> byCasino = subscribers.stream().collect(Collectors.groupingBy(DeskSubscriber::casinoId));
        cursors.keySet().retainAll(byCasino.keySet());
        byCasino.forEach(this::deliver);
    }

    private void deliver(String casinoId, List<DeskSubscriber> watching) {
        Instant cursor = cursors.getOrDefault(casinoId, clock.instant());
        List<DeskCase> changes = desk.changedSince(feedMember(casinoId), casinoId, cursor.minus(OVERLAP));
        Map<String, List<DeskSubscriber>> guestsByThread = new HashMap<>();
        watching.stream().filter(DeskSubscriber::isGuest).forEach(s -> guestsByThread.computeIfAbsent(s.threadId(), t -> new ArrayList<>()).add(s));
        Set<String> threadsChanged = new HashSet<>();
        Instant newest = cursor;
        for (DeskCase change : changes) {
            newest = change.updatedAt().isAfter(newest) ? change.updatedAt() : newest;
            Instant before = delivered.get(casinoId + "/" + change.caseId());
            if (before != null && !change.updatedAt().isAfter(before)) {
                continue;
            }
            delivered.put(casinoId + "/" + change.caseId(), change.updatedAt());
            String frame = Json.write(CaseJson.item(change));
            watching.stream().filter(s -> !s.isGuest() && s.member().sees(change.reason(), casinoId)).forEach(s -> s.offer("case", frame));
            threadsChanged.add(change.threadId());
        }
        cursors.put(casinoId, newest);
        threadsChanged.retainAll(guestsByThread.keySet());
        for (String thread : threadsChanged) {
            List<DeskSubscriber> guests = guestsByThread.get(thread);
            Instant since = guests.stream().map(DeskSubscriber::since).min(Instant::compareTo).orElseThrow();
            HostDesk.HostPresence presence = desk.presence(casinoId, thread, since);
            guests.forEach(guest -> guest.show(presence));
        }
    }

    /** Whom the poller asks as: one who sees every case of the casino, for the fan-out to filter. */
    private static StaffMember feedMember(String casinoId) {
        return new StaffMember("desk-feed", "desk feed", Map.of(casinoId, EnumSet.of(StaffRole.HOST, StaffRole.COMPLIANCE)));
    }

    int subscribers() {
        return subscribers.size();
    }

    @Override
    public void close() {
        closed = true;
        poller.interrupt();
    }
}
