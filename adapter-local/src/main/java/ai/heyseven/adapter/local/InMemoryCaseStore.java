package ai.heyseven.adapter.local;

import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.telemetry.BoundedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The desk's cases in this process's memory, for {@code dev} and tests: at most {@code capacity}. Beyond
 * it the oldest resolved case makes room first, and only when none is resolved the oldest case of all.
 * One lock orders every change, which is what makes {@link #update} atomic. Claimed cases are also
 * indexed by conversation: every turn asks whether a host holds its conversation.
 */
final class InMemoryCaseStore implements CaseStore, BoundedStore {
    private static final Comparator<DeskCase> NEWEST_FIRST = Comparator.comparing(DeskCase::openedAt).reversed();

    private final int capacity;
    /** In creation order, so the first resolved one met is the oldest. */
    private final Map<Key, DeskCase> cases = new LinkedHashMap<>();
    /** The claimed case of each conversation a host holds; never more entries than {@link #cases}. */
    private final Map<Conversation, Key> held = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private long evictions;

    private record Key(String casinoId, String caseId) { }

    private record Conversation(String casinoId, String threadId) {
        static Conversation of(DeskCase held) {
            return new Conversation(held.casinoId(), held.threadId());
        }
    }

    InMemoryCaseStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public boolean create(DeskCase newCase) {
        Key key = new Key(newCase.casinoId(), newCase.caseId());
        lock.lock();
        try {
            if (cases.containsKey(key)) {
                return false;
            }
            if (cases.size() >= capacity) {
                evictOne();
            }
            store(key, newCase);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void evictOne() {
        Map.Entry<Key, DeskCase> oldest = cases.entrySet().stream()
                .filter(entry -> entry.getValue().status() == CaseStatus.RESOLVED).findFirst()
                .orElseGet(() -> cases.entrySet().iterator().next());
        Key key = oldest.getKey();
        DeskCase evicted = oldest.getValue();
        cases.remove(key);
        held.remove(Conversation.of(evicted), key);
        evictions++;
    }

    /** Keeps {@code stored} under {@code key}, and the index of held conversations with it. */
    private void store(Key key, DeskCase stored) {
        DeskCase before = cases.put(key, stored);
        if (before != null) {
            held.remove(Conversation.of(before), key);
        }
        if (stored.status() == CaseStatus.CLAIMED) {
            held.put(Conversation.of(stored), key);
        }
    }

    @Override
    public Optional<DeskCase> get(String casinoId, String caseId) {
        lock.lock();
        try {
            return Optional.ofNullable(cases.get(new Key(casinoId, caseId)));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<DeskCase> update(String casinoId, String caseId, UnaryOperator<DeskCase> change) {
        Key key = new Key(casinoId, caseId);
        lock.lock();
        try {
            DeskCase stored = cases.get(key);
            if (stored == null) {
                return Optional.empty();
            }
            DeskCase changed = Objects.requireNonNull(change.apply(stored), "the change returned no case");
            if (!changed.casinoId().equals(casinoId) || !changed.caseId().equals(caseId)) {
                throw new IllegalArgumentException("a change may not move case " + caseId + " to " + changed.caseId());
            }
            store(key, changed);
            return Optional.of(changed);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<DeskCase> list(String casinoId, Optional<CaseStatus> status, int limit) {
        requirePositive(limit);
        return matching(stored -> stored.casinoId().equals(casinoId) && status.map(stored.status()::equals).orElse(true)).stream()
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public List<DeskCase> changedSince(Instant since, int limit) {
        requirePositive(limit);
        return matching(stored -> stored.updatedAt().isAfter(since)).stream()
                .sorted(Comparator.comparing(DeskCase::updatedAt)).limit(limit).toList();
    }

    @Override
    public Optional<DeskCase> heldThread(String casinoId, String threadId) {
        lock.lock();
        try {
            Key key = held.get(new Conversation(casinoId, threadId));
            return key == null ? Optional.empty() : Optional.ofNullable(cases.get(key));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int eraseGuest(String casinoId, String guestId) {
        lock.lock();
        try {
            int before = cases.size();
            Predicate<DeskCase> theirs = stored -> stored.casinoId().equals(casinoId) && stored.guestId().equals(Optional.of(guestId));
            cases.values().removeIf(theirs.and(stored -> !stored.reason().compliance()));
            cases.replaceAll((key, stored) -> theirs.test(stored) ? anonymous(stored) : stored);
            held.values().removeIf(key -> !cases.containsKey(key));
            return before - cases.size();
        } finally {
            lock.unlock();
        }
    }

    private static DeskCase anonymous(DeskCase kept) {
        return new DeskCase(kept.caseId(), kept.casinoId(), kept.threadId(), Optional.empty(), kept.channel(), kept.smsTo(), kept.reason(),
                kept.status(), kept.openedAt(), kept.updatedAt(), kept.claimedBy(), kept.claimedByName(), kept.outcome(), kept.briefing(),
                kept.transcript());
    }

    private List<DeskCase> matching(Predicate<DeskCase> filter) {
        lock.lock();
        try {
            return cases.values().stream().filter(filter).toList();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public BoundedStore.Fill fill() {
        lock.lock();
        try {
            return new BoundedStore.Fill(cases.size(), capacity, evictions);
        } finally {
            lock.unlock();
        }
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a limit must be at least 1, got " + limit);
        }
    }
}
