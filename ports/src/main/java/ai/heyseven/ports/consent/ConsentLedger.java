package ai.heyseven.ports.consent;

import java.util.List;

/**
 * The append-only consent ledger: per casino and phone number, a chain of {@link ConsentRecord}s.
 * Two appends at once never fork the chain: each lands after the other. Records are kept as the
 * law requires; an erase of a guest leaves them. Every method answers within the store's own
 * timeout or throws {@link ConsentLedgerException}.
 */
public interface ConsentLedger {

    /** Appends {@code event} after the chain's last record, atomically; returns the new record. */
    ConsentRecord append(ConsentEvent event);

    /** The chain of {@code phone} at {@code casinoId}, oldest first; empty when it has none. */
    List<ConsentRecord> history(String casinoId, String phone);

    /** Walks the chain and names the first broken link. */
    default ChainCheck verify(String casinoId, String phone) {
        return ConsentChain.verify(history(casinoId, phone));
    }
}
