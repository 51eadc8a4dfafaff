package ai.heyseven.ports.consent;

import java.util.Objects;

/**
 * An event as the ledger keeps it: its place in the chain, the hash of the record before it
 * ({@link ConsentChain#GENESIS} for the first) and its own hash over both.
 *
 * @param sequence from 1, without gaps
 */
public record ConsentRecord(long sequence, ConsentEvent event, String previousHash, String hash) {
    public ConsentRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }
}
