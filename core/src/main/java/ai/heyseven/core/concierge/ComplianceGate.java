package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.GAMBLING_SIGNALS;
import static ai.heyseven.core.concierge.ConciergeState.GATE;
import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.MINOR;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;

import ai.heyseven.core.concierge.ConciergeState.Gate;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.Guardrail;
import ai.heyseven.core.guardrails.GuardrailVerdict;
import ai.heyseven.core.guardrails.GuardrailVerdict.Allow;
import ai.heyseven.core.guardrails.GuardrailVerdict.Borderline;
import ai.heyseven.core.guardrails.GuardrailVerdict.Refuse;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first node. It closes a conversation that reached its limit; runs the guardrails (asking the
 * semantic classifier about borderline input when the property turned it on); counts weak
 * responsible-gaming signals across the conversation and treats the second like a responsible-gaming
 * refusal; refuses or escalates through {@link Refusals}; remembers signs of a minor, refusing gaming
 * or alcohol after them; and sends a request for a person to {@code escalation}.
 */
final class ComplianceGate implements Node<TurnContext> {
    private static final Pattern ASKS_FOR_A_PERSON = Pattern.compile(
            "\\b(speak|talk|chat)\\s+(to|with)\\s+(a|an|the|my|our|someone|somebody)?\\s*(real\\s+)?(human|person|host|manager|someone|somebody)\\b"
                    + "|\\bhuman host\\b|\\breal person\\b|\\brepresentative\\b"
                    + "|\\bhablar con (una persona|alguien|un humano|un anfitri[oó]n|un host|un agente)"
                    + "|\\bfalar com (uma pessoa|algu[eé]m|um humano|um anfitri[aã]o|um atendente)"
                    + "|人工客服|转人工|真人");

    private final Guardrail guardrail;
    private final SecondOpinion secondOpinion;
    private final Refusals refusals;

    ComplianceGate(Guardrail guardrail, SecondOpinion secondOpinion, Refusals refusals) {
        this.guardrail = guardrail;
        this.secondOpinion = secondOpinion;
        this.refusals = refusals;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        if (state.get(MESSAGES).size() >= ConversationLimits.MAX_MESSAGES) {
            context.emit(new AgentEvent.Token(Replies.closed(context.casino(), state.get(LANGUAGE))));
            return Update.of(GATE, Gate.CLOSED);
        }
        String question = state.get(QUESTION);
        GuardrailVerdict checked = guardrail.check(question, context.casino().helpline());
        Signs signs = Signs.of(checked);
        boolean minor = state.get(MINOR) || signs.minor();
        int earlierSignals = state.get(GAMBLING_SIGNALS);
        Update update = Update.of(MINOR, minor);
        GuardrailVerdict verdict = switch (checked) {
            case Borderline weak when weak.layer() == GuardrailLayer.RESPONSIBLE_GAMING -> {
                update = update.and(GAMBLING_SIGNALS, Math.min(ConciergeState.MAX_GAMBLING_SIGNALS, earlierSignals + 1));
                yield earlierSignals > 0 ? Refusals.of(GuardrailLayer.RESPONSIBLE_GAMING, weak.language(),
                        "repeated weak responsible-gaming signals", context.casino())
                        : secondOpinion.judge(question, weak, context);
            }
            case Borderline borderline -> secondOpinion.judge(question, borderline, context);
            case Allow allow -> allow;
            case Refuse refuse -> refuse;
        };
        return switch (verdict) {
            case Refuse refuse -> refusals.refuse(refuse, context, update);
            case Allow allow -> allowed(question, minor && signs.gamingOrAlcohol(), context, update);
            // one the classifier left unsettled is allowed, as a borderline verdict's contract says
            case Borderline borderline -> allowed(question, minor && signs.gamingOrAlcohol(), context, update);
        };
    }

    /** What a verdict tells about the guest besides a refusal. */
    private record Signs(boolean minor, boolean gamingOrAlcohol) {
        static Signs of(GuardrailVerdict verdict) {
            return switch (verdict) {
                case Allow allow -> new Signs(allow.signsOfMinor(), allow.asksForGamingOrAlcohol());
                case Borderline borderline -> new Signs(borderline.signsOfMinor(), borderline.asksForGamingOrAlcohol());
                case Refuse refuse -> new Signs(false, false);
            };
        }
    }

    /** Gaming or alcohol after signs of a minor is refused; a request for a person escalates; the rest goes on. */
    private Update allowed(String question, boolean minorAsksForGamingOrAlcohol, TurnContext context, Update update) {
        if (minorAsksForGamingOrAlcohol) {
            return refusals.refuse(Refusals.of(GuardrailLayer.AGE, Language.guess(question),
                    "asks for gaming or alcohol after signs of being under 21", context.casino()), context, update);
        }
        return update.and(GATE, ASKS_FOR_A_PERSON.matcher(question.toLowerCase(Locale.ROOT)).find() ? Gate.ESCALATE : Gate.OPEN);
    }
}
