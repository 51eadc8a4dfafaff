package ai.heyseven.adapter.local;

import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.contract.ComplianceEventsContract;

/** The in-memory compliance events run the same contract as the Firestore ones. */
class InMemoryComplianceEventsContractTest extends ComplianceEventsContract {
    private final InMemoryComplianceEvents events = new InMemoryComplianceEvents(1_000);

    @Override
    protected ComplianceEvents events() {
        return events;
    }
}
