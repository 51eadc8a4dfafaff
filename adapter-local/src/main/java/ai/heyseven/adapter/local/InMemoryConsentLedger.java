package ai.heyseven.adapter.local;

import ai.heyseven.ports.consent.ConsentChain;
import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentLedgerException;
import ai.heyseven.ports.consent.ConsentRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consent ledger in this process's memory, for {@code dev} without Firestore: at most
 * {@code capacity} records in all; beyond that an append is refused, never an old record dropped.
 * Appends to one chain are serialised, so it never forks.
 */
public final class InMemoryConsentLedger implements ConsentLedger {
    private final Map<String, List<ConsentRecord>> chains = new HashMap<>(); // every access is synchronized
    private final int capacity;
    private int size;

    public InMemoryConsentLedger(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized ConsentRecord append(ConsentEvent event) {
        if (size >= capacity) {
            throw new ConsentLedgerException("the in-memory consent ledger is full (" + capacity + " records)", null);
        }
        List<ConsentRecord> chain = chains.computeIfAbsent(key(event.casinoId(), event.phone()), key -> new ArrayList<>());
        ConsentRecord record = ConsentChain.next(chain.isEmpty() ? Optional.empty() : Optional.of(chain.getLast()), event);
        chain.add(record);
        size++;
        return record;
    }

    @Override
    public synchronized List<ConsentRecord> history(String casinoId, String phone) {
        return List.copyOf(chains.getOrDefault(key(casinoId, phone), List.of()));
    }

    /** For tests of tamper detection: puts {@code record} in place of the stored one with its sequence. */
    synchronized void replace(ConsentRecord record) {
        List<ConsentRecord> chain = chains.get(key(record.event().casinoId(), record.event().phone()));
        chain.set((int) record.sequence() - 1, record);
    }

    private static String key(String casinoId, String phone) {
        return casinoId + '\u0000' + ConsentChain.phoneKey(phone);
    }
}
