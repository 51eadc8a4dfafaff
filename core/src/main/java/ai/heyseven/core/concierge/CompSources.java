package ai.heyseven.core.concierge;

import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.comps.CompPolicySource;
import ai.heyseven.ports.comps.PlayerTracking;
import ai.heyseven.ports.consent.GuestExclusions;
import java.util.Optional;

/**
 * What the {@code comp_offer} node reads and writes: the player system and the comp policies (without
 * both, no comp is offered), the audit trail every offer is recorded in (without it, none is), and
 * the guests' exclusions from marketing (an excluded guest is offered nothing).
 */
record CompSources(Optional<PlayerTracking> players, Optional<CompPolicySource> policies, Optional<AuditTrail> audit,
        Optional<GuestExclusions> exclusions) {
    static final CompSources NONE = new CompSources(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Whether comps can be offered at all: a player system, a policy source and an audit trail. */
    boolean offersComps() {
        return players.isPresent() && policies.isPresent() && audit.isPresent();
    }
}
