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
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.TransactionOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The desk's cases in the top-level collection {@code cases}, one document per case, its id the casino's
 * and the case's ids: one collection, so the live feed of every casino is one query on {@code updated_at}.
 * A change runs in a Firestore transaction, so two instances claiming one case never both win.
 */
final class FirestoreCaseStore implements CaseStore {
    /** A busy case (a guest typing while a host replies) may see a few concurrent changes; each retry is cheap. */
    private static final TransactionOptions CHANGE = TransactionOptions.createReadWriteOptionsBuilder().setNumberOfAttempts(20).build();
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

    @Override
    public Optional<DeskCase> update(String casinoId, String caseId, UnaryOperator<DeskCase> change) {
        DocumentReference document = document(casinoId, caseId);
        return await(db.runTransaction(transaction -> {
            DocumentSnapshot stored = transaction.get(document).get();
            if (!stored.exists()) {
                return Optional.<DeskCase>empty();
            }
            DeskCase changed = Objects.requireNonNull(change.apply(read(stored)), "the change returned no case");
            if (!changed.casinoId().equals(casinoId) || !changed.caseId().equals(caseId)) {
                throw new IllegalArgumentException("a change may not move case " + caseId + " to " + changed.caseId());
            }
            transaction.set(document, CaseDocuments.write(changed));
            return Optional.of(changed);
        }, CHANGE), "changing case " + caseId + " of " + casinoId);
    }

    @Override
    public List<DeskCase> list(String casinoId, Optional<CaseStatus> status, int limit) {
        Query query = db.collection(Paths.CASES).whereEqualTo(CaseDocuments.CASINO_ID, casinoId);
        if (status.isPresent()) {
            query = query.whereEqualTo(CaseDocuments.STATUS, status.get().wireName());
        }
        return read(query.orderBy(CaseDocuments.OPENED_AT, Query.Direction.DESCENDING).limit(limit), "listing cases of " + casinoId);
    }

    @Override
    public List<DeskCase> changedSince(Instant since, int limit) {
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
        return connection.deleteAll(db.collection(Paths.CASES).whereEqualTo(CaseDocuments.CASINO_ID, casinoId)
                .whereEqualTo(CaseDocuments.GUEST_ID, guestId).whereIn(CaseDocuments.REASON, List.copyOf(ERASABLE)),
                "a guest's cases of " + casinoId, CaseStoreException::new);
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
}
