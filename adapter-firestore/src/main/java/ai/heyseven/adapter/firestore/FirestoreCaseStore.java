package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.CaseStoreException;
import ai.heyseven.ports.desk.DeskCase;
import com.google.api.core.ApiFuture;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Precondition;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The desk's cases in the top-level collection {@code cases}, one document per case, its id the casino's
 * and the case's ids: one collection, so the live feed of every casino is one query on {@code updated_at}.
 * A change is a compare-and-set on the document's update time, so two instances claiming one case never both win.
 *
 * <p>{@link #list} needs two composite indexes in a real database (the emulator needs none):
 * {@code casino_id} ascending with {@code opened_at} descending, and {@code casino_id}, {@code status}
 * ascending with {@code opened_at} descending ({@code docs/data-model.md}).
 */
final class FirestoreCaseStore implements CaseStore {
    /** The random pause before a change that lost a race is tried again, so the losers do not collide again. */
    private static final long MIN_PAUSE_MILLIS = 5;
    private static final long MAX_PAUSE_MILLIS = 40;
    private static final List<String> ERASABLE = Arrays.stream(CaseReason.values()).filter(reason -> !reason.compliance())
            .map(CaseReason::wireName).toList();

    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreCaseStore(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public boolean create(DeskCase newCase) {
        try {
            await(document(newCase.casinoId(), newCase.caseId()).create(CaseDocuments.write(newCase)),
                    "opening case " + newCase.caseId() + " of " + newCase.casinoId());
            return true;
        } catch (CaseStoreException e) {
            if (Fields.alreadyExists(e.getCause())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<DeskCase> get(String casinoId, String caseId) {
        DocumentSnapshot document = await(document(casinoId, caseId).get(), "reading case " + caseId + " of " + casinoId);
        return document.exists() ? Optional.of(read(document)) : Optional.empty();
    }

    /**
     * Read, change, and write only if nobody wrote in between (a precondition on the document's update
     * time); on losing that race, read again and retry after a short random pause, until the deadline.
     * Fleet-wide compare-and-set without a transaction's lock: six hosts and guests writing one case at
     * once took 3 to 5 s through {@code runTransaction} on the emulator (lock waits, then backoff), and
     * well under one this way.
     */
    @Override
    public Optional<DeskCase> update(String casinoId, String caseId, UnaryOperator<DeskCase> change) {
        DocumentReference document = document(casinoId, caseId);
        String what = "changing case " + caseId + " of " + casinoId;
        long deadline = System.nanoTime() + connection.settings().callTimeout().toNanos();
        while (true) {
            DocumentSnapshot stored = await(document.get(), what);
            if (!stored.exists()) {
                return Optional.empty();
            }
            DeskCase changed = Objects.requireNonNull(change.apply(read(stored)), "the change returned no case");
            if (!changed.casinoId().equals(casinoId) || !changed.caseId().equals(caseId)) {
                throw new IllegalArgumentException("a change may not move case " + caseId + " to " + changed.caseId());
            }
            try {
                await(document.update(CaseDocuments.write(changed), Precondition.updatedAt(stored.getUpdateTime())), what);
                return Optional.of(changed);
            } catch (CaseStoreException e) {
                if (!Fields.lostRace(e.getCause())) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new CaseStoreException(what + " lost to concurrent changes for " + connection.settings().callTimeout(), e);
                }
                pause(what);
            }
        }
    }

    private static void pause(String what) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(MIN_PAUSE_MILLIS, MAX_PAUSE_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseStoreException(what + " was interrupted", e);
        }
    }

    @Override
    public List<DeskCase> list(String casinoId, Optional<CaseStatus> status, int limit) {
        requirePositive(limit);
        Query query = db.collection(Paths.CASES).whereEqualTo(CaseDocuments.CASINO_ID, casinoId);
        if (status.isPresent()) {
            query = query.whereEqualTo(CaseDocuments.STATUS, status.get().wireName());
        }
        return read(query.orderBy(CaseDocuments.OPENED_AT, Query.Direction.DESCENDING).limit(limit), "listing cases of " + casinoId);
    }

    @Override
    public List<DeskCase> changedSince(Instant since, int limit) {
        requirePositive(limit);
        return read(db.collection(Paths.CASES).whereGreaterThan(CaseDocuments.UPDATED_AT, Fields.timestamp(since))
                .orderBy(CaseDocuments.UPDATED_AT).limit(limit), "reading the cases changed since " + since);
    }

    @Override
    public Optional<DeskCase> heldThread(String casinoId, String threadId) {
        return read(db.collection(Paths.CASES).whereEqualTo(CaseDocuments.CASINO_ID, casinoId)
                .whereEqualTo(CaseDocuments.THREAD_ID, threadId).whereEqualTo(CaseDocuments.STATUS, CaseStatus.CLAIMED.wireName())
                .limit(1), "finding who holds a thread of " + casinoId).stream().findFirst();
    }

    @Override
    public int eraseGuest(String casinoId, String guestId) {
        Query theirs = db.collection(Paths.CASES).whereEqualTo(CaseDocuments.CASINO_ID, casinoId).whereEqualTo(CaseDocuments.GUEST_ID, guestId);
        int removed = connection.deleteAll(theirs.whereIn(CaseDocuments.REASON, ERASABLE), "a guest's cases of " + casinoId,
                CaseStoreException::new);
        for (QueryDocumentSnapshot kept : await(theirs.get(), "finding a guest's compliance cases of " + casinoId).getDocuments()) {
            await(kept.getReference().update(CaseDocuments.GUEST_ID, null), "unnaming a guest in a compliance case of " + casinoId);
        }
        return removed;
    }

    private DocumentReference document(String casinoId, String caseId) {
        return db.collection(Paths.CASES).document(URLEncoder.encode(casinoId + ":" + caseId, StandardCharsets.UTF_8));
    }

    private List<DeskCase> read(Query query, String what) {
        return await(query.get(), what).getDocuments().stream().map(FirestoreCaseStore::read).toList();
    }

    private static DeskCase read(DocumentSnapshot document) {
        try {
            return CaseDocuments.read(document);
        } catch (IllegalArgumentException e) {
            throw new CaseStoreException(e.getMessage(), e);
        }
    }

    private <T> T await(ApiFuture<T> call, String what) {
        return connection.await(call, what, CaseStoreException::new);
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a limit must be at least 1, got " + limit);
        }
    }
}
