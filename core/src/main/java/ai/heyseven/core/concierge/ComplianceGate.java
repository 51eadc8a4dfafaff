package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.GATE;
import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;

import ai.heyseven.core.concierge.ConciergeState.Gate;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.Guardrail;
import ai.heyseven.core.guardrails.GuardrailVerdict;
import ai.heyseven.ports.concierge.AgentEvent;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first node: closes a conversation that reached its limit, refuses what a guardrail refuses
 * (answering with a {@code replace}), and sends a request for a person to {@code escalation}.
 */
final class ComplianceGate implements Node<TurnContext> {
    private static final Logger LOG = LoggerFactory.getLogger(ComplianceGate.class);
    private static final Pattern ASKS_FOR_A_PERSON = Pattern.compile(
            "\\b(speak|talk|chat)\\s+(to|with)\\s+(a|an|the|someone|somebody)?\\s*(real\\s+)?(human|person|host|manager|someone|somebody)\\b"
                    + "|\\bhuman host\\b|\\breal person\\b|\\brepresentative\\b");

    private final Guardrail guardrail;

    ComplianceGate(Guardrail guardrail) {
        this.guardrail = guardrail;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        if (state.get(MESSAGES).size() >= ConversationLimits.MAX_MESSAGES) {
            context.emit(new AgentEvent.Token(Replies.closed(context.casino())));
            return Update.of(GATE, Gate.CLOSED);
        }
        String question = state.get(QUESTION);
        if (guardrail.check(question, context.casino().helpline()) instanceof GuardrailVerdict.Refuse refuse) {
            LOG.info("guardrail {} refused a message: {}", refuse.layer().wireName(), refuse.reason());
            context.emit(new AgentEvent.Replace(refuse.reply()));
            return Replies.record(refuse.reply()).and(GATE, Gate.REFUSED).and(GUARDRAIL, refuse.layer());
        }
        if (ASKS_FOR_A_PERSON.matcher(question.toLowerCase(Locale.ROOT)).find()) {
            return Update.of(GATE, Gate.ESCALATE);
        }
        return Update.of(GATE, Gate.OPEN);
    }
}
