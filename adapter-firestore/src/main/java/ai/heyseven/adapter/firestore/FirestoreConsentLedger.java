package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.consent.ConsentChain;
import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentLedgerException;
import ai.heyseven.ports.consent.ConsentRecord;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent ledger: per casino and phone number a head document
 * {@code casinos/{casino}/consent/{sha256(phone)}} ({@code length}, {@code head_hash}) and one
 * document per record below it, {@code records/{sequence, ten digits}}. An append reads the head,
 * creates the next record and moves the head in one transaction: two appends at once are
 * serialised by Firestore (one retries), so the chain never forks; a record is created, never
 * overwritten. The number is in the records (the evidence), never in a document id.
 */
final class FirestoreConsentLedger implements ConsentLedger {
    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreConsentLedger(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public ConsentRecord append(ConsentEvent event) {
        DocumentReference head = Paths.consentChain(db, event.casinoId(), ConsentChain.phoneKey(event.phone()));
        return connection.await(db.runTransaction(transaction -> {
            DocumentSnapshot current = transaction.get(head).get();
            Long length = current.exists() ? current.getLong("length") : null;
            ConsentRecord record = length == null ? ConsentChain.after(0, ConsentChain.GENESIS, event)
                    : ConsentChain.after(length, current.getString("head_hash"), event);
            transaction.create(head.collection("records").document(id(record.sequence())), write(record));
            transaction.set(head, Map.of("length", record.sequence(), "head_hash", record.hash()));
            return record;
        }), "appending to a consent chain of " + event.casinoId(), ConsentLedgerException::new);
    }

    @Override
    public List<ConsentRecord> history(String casinoId, String phone) {
        DocumentReference head = Paths.consentChain(db, casinoId, ConsentChain.phoneKey(phone));
        return connection.await(head.collection("records").orderBy("sequence").get(), "reading a consent chain of " + casinoId,
                        ConsentLedgerException::new)
                .getDocuments().stream().map(document -> read(casinoId, document)).toList();
    }

    static String id(long sequence) {
        return String.format("%010d", sequence);
    }

    private static Map<String, Object> write(ConsentRecord record) {
        ConsentEvent event = record.event();
        Map<String, Object> fields = new HashMap<>();
        fields.put("sequence", record.sequence());
        fields.put("phone", event.phone());
        fields.put("kind", event.kind().name());
        fields.put("purpose", event.purpose());
        fields.put("source", event.source());
        fields.put("wording", event.wording());
        fields.put("at", event.at().toString()); // exact, as hashed; a Timestamp would keep microseconds only
        fields.put("previous_hash", record.previousHash());
        fields.put("hash", record.hash());
        return fields;
    }

    private static ConsentRecord read(String casinoId, DocumentSnapshot document) {
        ConsentEvent event = new ConsentEvent(casinoId, Fields.requiredText(document, "phone"),
                ConsentEvent.Kind.valueOf(Fields.requiredText(document, "kind")), Fields.text(document, "purpose", ""),
                Fields.text(document, "source", ""), Fields.text(document, "wording", ""),
                Instant.parse(Fields.requiredText(document, "at")));
        Long sequence = document.getLong("sequence");
        return new ConsentRecord(sequence == null ? 0 : sequence, event, Fields.text(document, "previous_hash", ""),
                Fields.text(document, "hash", ""));
    }
}
