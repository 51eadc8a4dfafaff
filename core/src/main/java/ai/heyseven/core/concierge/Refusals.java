package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.GAMBLING_SIGNALS;
import static ai.heyseven.core.concierge.ConciergeState.GATE;
import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL;
import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL_REPLY;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.MINOR;
import static ai.heyseven.core.concierge.ConciergeState.NO_PROMOTIONS;

import ai.heyseven.core.concierge.ConciergeState.Gate;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.GuardrailReplies;
import ai.heyseven.core.guardrails.GuardrailVerdict;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.desk.CaseReason;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a refusal does to a turn, whoever refused: the compliance gate (patterns, the semantic
 * classifier, repeated gambling signals) or the router (the model's verdict). Crisis, responsible
 * gaming, AML and age refusals are recorded as compliance events. A guest in crisis or distress is
 * handed to a host — recorded first, so the reply promises a host only once one was asked — and sent
 * to {@code escalation} with the property's crisis lines or helpline; the conversation is flagged so
 * no promotion follows. Every other refusal is answered at once with a {@code replace}.
 */
final class Refusals {
    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

    private final ComplianceEvents events;
    private final Clock clock;
    private final HostHandOff handOff;

    Refusals(ComplianceEvents events, Clock clock, HostHandOff handOff) {
        this.events = events;
        this.clock = clock;
        this.handOff = handOff;
    }

    /** {@code update} with the refusal's fields; the guest hears it now, or from {@code escalation}. */
    Update refuse(GuardrailVerdict.Refuse refuse, TurnContext context, Update update) {
        GuardrailLayer layer = refuse.layer();
        LOG.info("guardrail {} refused a message in thread {}: {}", layer.wireName(), context.threadId(), refuse.reason());
        if (recorded(layer)) {
            events.record(new ComplianceEvent(context.casino().id(), context.threadId(), context.guestId(), layer,
                    refuse.reason(), clock.instant()));
        }
        Update refused = update.and(GUARDRAIL, layer).and(MINOR, layer == GuardrailLayer.AGE);
        return switch (layer) {
            case CRISIS -> escalate(GuardrailReplies.crisis(refuse.language(), context.casino().crisisLines(),
                    asked(context, HostHandOff.Reason.CRISIS, refuse.reason())), refused);
            // a refusal is a signal too: a weak one later in the conversation is escalated as well
            case RESPONSIBLE_GAMING -> escalate(GuardrailReplies.responsibleGaming(refuse.language(), context.casino().helpline(),
                    asked(context, HostHandOff.Reason.RESPONSIBLE_GAMING, refuse.reason())), refused.and(GAMBLING_SIGNALS, 1));
            case AML, AGE -> {
                handOff.complianceEvent(context, layer == GuardrailLayer.AML ? CaseReason.AML : CaseReason.AGE, refuse.reason());
                context.emit(new AgentEvent.Replace(refuse.reply()));
                // a compliance event: no comp or promotion for the rest of the conversation
                yield refused.and(GATE, Gate.REFUSED).and(MESSAGES, Replies.said(refuse.reply())).and(NO_PROMOTIONS, true);
            }
            case INJECTION, PRIVACY -> {
                context.emit(new AgentEvent.Replace(refuse.reply()));
                yield refused.and(GATE, Gate.REFUSED).and(MESSAGES, Replies.said(refuse.reply()));
            }
        };
    }

    /** The refusal of {@code layer} in the guest's language, with the property's helpline. */
    static GuardrailVerdict.Refuse of(GuardrailLayer layer, Language language, String reason,
            CasinoConfig casino) {
        return new GuardrailVerdict.Refuse(layer, language, reason, GuardrailReplies.reply(layer, language, casino.helpline()));
    }

    private boolean asked(TurnContext context, HostHandOff.Reason reason, String detail) {
        return handOff.ask(context, reason, detail).isPresent();
    }

    /** {@code escalation} gives the reply, and no promotion reaches this guest any more. */
    private static Update escalate(String reply, Update update) {
        return update.and(GATE, Gate.ESCALATE).and(GUARDRAIL_REPLY, reply).and(NO_PROMOTIONS, true);
    }

    private static boolean recorded(GuardrailLayer layer) {
        return switch (layer) {
            case CRISIS, RESPONSIBLE_GAMING, AML, AGE -> true;
            case INJECTION, PRIVACY -> false;
        };
    }
}
