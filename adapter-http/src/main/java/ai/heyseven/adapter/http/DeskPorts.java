package ai.heyseven.adapter.http;

import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.desk.HostDesk;
import java.util.Objects;

/**
 * What the host desk's routes use: the desk itself (cases, take-over, a guest's view of a host), and
 * for the compliance view the compliance events and the consent ledger, read only.
 */
public record DeskPorts(HostDesk desk, ComplianceEvents complianceEvents, ConsentLedger consents) {
    public DeskPorts {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(complianceEvents, "complianceEvents");
        Objects.requireNonNull(consents, "consents");
    }
}
