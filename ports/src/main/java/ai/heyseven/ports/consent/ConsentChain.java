package ai.heyseven.ports.consent;

import ai.heyseven.ports.Sha256;
import java.util.List;
import java.util.Optional;

/**
 * How a consent ledger chains its records, shared by every adapter: each record's hash is the
 * SHA-256 of the previous record's hash and the event's content, so a record changed, removed or
 * put out of order breaks the chain at that record.
 */
public final class ConsentChain {
    /** The previous hash of a chain's first record. */
    public static final String GENESIS = "0".repeat(64);

    private ConsentChain() {
    }

    /** The next record after {@code previous} (none: the first). */
    public static ConsentRecord next(Optional<ConsentRecord> previous, ConsentEvent event) {
        return after(previous.map(ConsentRecord::sequence).orElse(0L), previous.map(ConsentRecord::hash).orElse(GENESIS), event);
    }

    /** The record after the one with {@code sequence} and {@code hash} (0 and {@link #GENESIS}: the first). */
    public static ConsentRecord after(long sequence, String hash, ConsentEvent event) {
        return new ConsentRecord(sequence + 1, event, hash, hash(sequence + 1, hash, event));
    }

    /** The hash a record with these parts must carry. */
    public static String hash(long sequence, String previousHash, ConsentEvent event) {
        String content = String.join("\n", Long.toString(sequence), previousHash, event.casinoId(), event.phone(),
                event.kind().name(), event.purpose(), event.source(), event.wording(), event.at().toString());
        return Sha256.hex(content);
    }

    /** A key for a phone number that does not show it: the hex SHA-256 of the E.164 number. */
    public static String phoneKey(String phone) {
        return Sha256.hex(phone);
    }

    /** Walks {@code records} (oldest first) and names the first broken link, if any. */
    public static ChainCheck verify(List<ConsentRecord> records) {
        String previousHash = GENESIS;
        long expected = 1;
        for (ConsentRecord record : records) {
            if (record.sequence() != expected) {
                return ChainCheck.broken(records.size(), expected, "record " + expected + " is missing (found " + record.sequence() + ")");
            }
            if (!record.previousHash().equals(previousHash)) {
                return ChainCheck.broken(records.size(), record.sequence(), "record " + record.sequence()
                        + " does not follow the hash of the record before it");
            }
            if (!record.hash().equals(hash(record.sequence(), record.previousHash(), record.event()))) {
                return ChainCheck.broken(records.size(), record.sequence(), "record " + record.sequence()
                        + "'s content does not match its hash");
            }
            previousHash = record.hash();
            expected++;
        }
        return ChainCheck.intact(records.size());
    }
}
