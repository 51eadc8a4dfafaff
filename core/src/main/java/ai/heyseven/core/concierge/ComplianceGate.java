package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.GATE;
import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL;
import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL_REPLY;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.MINOR;
import static ai.heyseven.core.concierge.ConciergeState.NO_PROMOTIONS;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;

import ai.heyseven.core.concierge.ConciergeState.Gate;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.Guardrail;
import ai.heyseven.core.guardrails.GuardrailReplies;
import ai.heyseven.core.guardrails.GuardrailVerdict;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuardrailLayer;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first node. It closes a conversation that reached its limit; runs the guardrails (asking the
 * semantic classifier about borderline input when the property turned it on); refuses with a
 * {@code replace}; sends a guest in distress to {@code escalation} with the helpline and flags the
 * conversation so no promotion follows, after recording the hand-off for a host; records AML, age and
 * responsible-gaming events; and sends a request for a person to {@code escalation}.
 */
final class ComplianceGate implements Node<TurnContext> {
    private static final Logger LOG = LoggerFactory.getLogger(ComplianceGate.class);
    private static final Pattern ASKS_FOR_A_PERSON = Pattern.compile(
            "\\b(speak|talk|chat)\\s+(to|with)\\s+(a|an|the|someone|somebody)?\\s*(real\\s+)?(human|person|host|manager|someone|somebody)\\b"
                    + "|\\bhuman host\\b|\\breal person\\b|\\brepresentative\\b");

    private final Guardrail guardrail;
    private final SecondOpinion secondOpinion;
    private final ComplianceEvents events;
    private final Clock clock;
    private final HostHandOff handOff;

    ComplianceGate(Guardrail guardrail, SecondOpinion secondOpinion, ComplianceEvents events, Clock clock, HostHandOff handOff) {
        this.guardrail = guardrail;
        this.secondOpinion = secondOpinion;
        this.events = events;
        this.clock = clock;
        this.handOff = handOff;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        if (state.get(MESSAGES).size() >= ConversationLimits.MAX_MESSAGES) {
            context.emit(new AgentEvent.Token(Replies.closed(context.casino())));
            return Update.of(GATE, Gate.CLOSED);
        }
        String question = state.get(QUESTION);
        GuardrailVerdict verdict = guardrail.check(question, context.casino().helpline());
        boolean minor = state.get(MINOR);
        boolean gamingOrAlcohol = false;
        if (verdict instanceof GuardrailVerdict.Borderline borderline) {
            minor |= borderline.signsOfMinor();
            gamingOrAlcohol = borderline.asksForGamingOrAlcohol();
            verdict = secondOpinion.judge(question, borderline, context);
        }
        if (verdict instanceof GuardrailVerdict.Allow allow) {
            minor |= allow.signsOfMinor();
            gamingOrAlcohol |= allow.asksForGamingOrAlcohol();
        }
        if (verdict instanceof GuardrailVerdict.Allow && minor && gamingOrAlcohol) {
            Language language = Language.guess(question);
            verdict = new GuardrailVerdict.Refuse(GuardrailLayer.AGE, language, "asks for gaming or alcohol after signs of being under 21",
                    GuardrailReplies.reply(GuardrailLayer.AGE, language, context.casino().helpline()));
        }
        Update update = Update.of(MINOR, minor || verdict instanceof GuardrailVerdict.Refuse refused && refused.layer() == GuardrailLayer.AGE);
        if (verdict instanceof GuardrailVerdict.Refuse refuse) {
            return refuse(refuse, context, update);
        }
        if (ASKS_FOR_A_PERSON.matcher(question.toLowerCase(Locale.ROOT)).find()) {
            return update.and(GATE, Gate.ESCALATE);
        }
        return update.and(GATE, Gate.OPEN);
    }

    private Update refuse(GuardrailVerdict.Refuse refuse, TurnContext context, Update update) {
        LOG.info("guardrail {} refused a message in thread {}: {}", refuse.layer().wireName(), context.threadId(), refuse.reason());
        if (refuse.layer() == GuardrailLayer.AML || refuse.layer() == GuardrailLayer.AGE
                || refuse.layer() == GuardrailLayer.RESPONSIBLE_GAMING) {
            events.record(new ComplianceEvent(context.casino().id(), context.threadId(), context.guestId(), refuse.layer(),
                    refuse.reason(), clock.instant()));
        }
        update.and(GUARDRAIL, refuse.layer());
        if (refuse.layer() == GuardrailLayer.RESPONSIBLE_GAMING) {
            // recorded here, where the guest's language is known, so the reply promises a host only once one was asked;
            // escalation gives the reply, and no promotion reaches this guest any more
            String reply = handOff.ask(context, HostHandOff.Reason.RESPONSIBLE_GAMING).isPresent() ? refuse.reply()
                    : GuardrailReplies.responsibleGaming(refuse.language(), context.casino().helpline(), false);
            return update.and(GATE, Gate.ESCALATE).and(GUARDRAIL_REPLY, reply).and(NO_PROMOTIONS, true);
        }
        context.emit(new AgentEvent.Replace(refuse.reply()));
        return update.and(GATE, Gate.REFUSED).and(MESSAGES, Replies.said(refuse.reply()));
    }
}
