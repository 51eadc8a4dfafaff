package ai.heyseven.adapter.local;

import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.telemetry.BoundedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
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
 * One lock orders every change, which is what makes {@link #update} atomic.
 */
final class InMemoryCaseStore implements CaseStore, BoundedStore {
    private static final Comparator<DeskCase> NEWEST_FIRST = Comparator.comparing(DeskCase::openedAt).reversed();

    private final int capacity;
    /** In creation order, so the first resolved one met is the oldest. */
    private final Map<Key, DeskCase> cases = new LinkedHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private long evictions;

    private record Key(String casinoId, String caseId) { }

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
            cases.put(key, newCase);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void evictOne() {
        Iterator<DeskCase> oldestFirst = cases.values().iterator();
        while (oldestFirst.hasNext()) {
            if (oldestFirst.next().status() == CaseStatus.RESOLVED) {
                oldestFirst.remove();
                evictions++;
                return;
            }
        }
        cases.remove(cases.keySet().iterator().next());
        evictions++;
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
            cases.put(key, changed);
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
        return matching(stored -> stored.status() == CaseStatus.CLAIMED && stored.casinoId().equals(casinoId)
                && stored.threadId().equals(threadId)).stream().findFirst();
    }

    @Override
    public int eraseGuest(String casinoId, String guestId) {
        lock.lock();
        try {
            int before = cases.size();
            Predicate<DeskCase> theirs = stored -> stored.casinoId().equals(casinoId) && stored.guestId().equals(Optional.of(guestId));
            cases.values().removeIf(theirs.and(stored -> !stored.reason().compliance()));
            cases.replaceAll((key, stored) -> theirs.test(stored) ? anonymous(stored) : stored);
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
