package ai.heyseven.core.concierge;

import ai.heyseven.core.concierge.CompDecision.Comp;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.guest.GuestData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a comp decision leaves behind: an audit entry per comp offered ({@code comp.offered}) and per
 * approval asked ({@code comp.approval_requested}) — subject {@code <kind>:<amount>} or
 * {@code requested:<amount>}, actor the guest's hash, never words — and the {@code comp_approval}
 * case a host decides, opened through {@link HostHandOff} like every case.
 */
final class CompRecords {
    private static final Logger LOG = LoggerFactory.getLogger(CompRecords.class);
    static final String OFFERED = "comp.offered";
    static final String APPROVAL_ASKED = "comp.approval_requested";

    private final CompSources sources;
    private final HostHandOff handOff;
    private final Clock clock;

    CompRecords(CompSources sources, HostHandOff handOff, Clock clock) {
        this.sources = sources;
        this.handOff = handOff;
        this.clock = clock;
    }

    /**
     * Audits each comp {@code decision} offers, before the guest hears of it.
     *
     * @throws BackendException when the audit trail could not record one: the offer must not be made
     */
    void offered(TurnContext context, CompDecision decision) {
        decision.offered().forEach(comp -> audit(context, OFFERED, subject(comp)));
    }

    /** Audits the approval asked and opens the {@code comp_approval} case; whether a host was asked. */
    boolean askHost(TurnContext context, CompDecision decision) {
        List<String> asked = new ArrayList<>();
        decision.needsApproval().forEach(comp -> asked.add(subject(comp)));
        decision.askedAboveApproval().ifPresent(amount -> asked.add("requested:" + amount));
        try {
            asked.forEach(subject -> audit(context, APPROVAL_ASKED, subject));
        } catch (BackendException e) {
            LOG.error("could not audit a comp approval request of {} (thread {}); no host is asked", context.casino().id(),
                    context.threadId(), e);
            return false;
        }
        String offeredNow = decision.offered().isEmpty() ? "nothing"
                : String.join(", ", decision.offered().stream().map(CompRecords::subject).toList());
        String detail = "comp approval for a " + decision.tier() + " guest"
                + decision.occasion().map(occasion -> " (" + occasion.wireName() + ")").orElse("")
                + ": " + String.join(", ", asked) + "; offered now: " + offeredNow
                + "; host approval above " + decision.policy().approvalAbove() + " " + decision.policy().currency();
        return handOff.ask(context, HostHandOff.Reason.COMP_APPROVAL, detail).isPresent();
    }

    private static String subject(Comp comp) {
        return comp.kind().wireName() + ":" + comp.amount();
    }

    private void audit(TurnContext context, String action, String subject) {
        String guest = "guest:" + GuestData.guestKey(context.casino().id(), context.guestId());
        sources.audit().orElseThrow().record(new AuditEntry(context.casino().id(), action, subject, guest, clock.instant()));
    }
}
