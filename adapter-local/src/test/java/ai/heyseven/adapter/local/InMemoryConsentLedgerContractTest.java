package ai.heyseven.adapter.local;

import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.contract.ConsentLedgerContract;

/** The in-memory ledger runs the same contract as the Firestore one. */
class InMemoryConsentLedgerContractTest extends ConsentLedgerContract {
    private final InMemoryConsentLedger ledger = new InMemoryConsentLedger(1_000);

    @Override
    protected ConsentLedger ledger() {
        return ledger;
    }

    @Override
    protected void tamperWith(ConsentRecord record) {
        ConsentEvent event = record.event();
        ledger.replace(new ConsentRecord(record.sequence(), new ConsentEvent(event.casinoId(), event.phone(), event.kind(),
                event.purpose(), event.source(), "I never agreed", event.at()), record.previousHash(), record.hash()));
    }
}
