package ai.heyseven.ports;

import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.comps.CompPolicySource;
import ai.heyseven.ports.comps.PlayerTracking;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.tools.HostCallbacks;
import java.util.Objects;

/**
 * The durable memory of a fleet, as one durable backend provides it: casino configuration, knowledge
 * with its change hashes, the audit trail and compliance events, guest profiles, hosts' call-backs,
 * the SMS consent ledger, guests' exclusions and ratings, the host desk's cases, and the casino's
 * player system and comp policies.
 *
 * <p>A backend provides all of them or none: one adapter module's factory fills the whole record,
 * so a fleet never keeps half its memory in one place and half in another. The launcher reads the
 * components by name (a component {@code guestProfiles} is the store {@code guest_profiles} in
 * traces and metrics), so a new durable port is a new component here, one argument in each
 * backend's factory, and the line in the core's builder that uses it.
 */
public record DurablePorts(
        CasinoConfigSource casinoConfigs,
        KnowledgeStore knowledge,
        ChangeHashStore changeHashes,
        AuditTrail auditTrail,
        ComplianceEvents complianceEvents,
        GuestProfileStore guestProfiles,
        HostCallbacks hostCallbacks,
        ConsentLedger consentLedger,
        GuestExclusions guestExclusions,
        FeedbackStore feedback,
        CaseStore cases,
        PlayerTracking playerTracking,
        CompPolicySource compPolicies) {

    public DurablePorts {
        Objects.requireNonNull(casinoConfigs, "casinoConfigs");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(changeHashes, "changeHashes");
        Objects.requireNonNull(auditTrail, "auditTrail");
        Objects.requireNonNull(complianceEvents, "complianceEvents");
        Objects.requireNonNull(guestProfiles, "guestProfiles");
        Objects.requireNonNull(hostCallbacks, "hostCallbacks");
        Objects.requireNonNull(consentLedger, "consentLedger");
        Objects.requireNonNull(guestExclusions, "guestExclusions");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(playerTracking, "playerTracking");
        Objects.requireNonNull(compPolicies, "compPolicies");
    }
}
