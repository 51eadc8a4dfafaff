package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL_REPLY;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.concierge.AgentEvent;

/**
 * Hands the guest to a human host. After a responsible-gaming refusal the reply is the warm one
 * with the helpline, sent as a {@code replace} like every guardrail reply; otherwise the plain
 * hand-off text.
 */
final class Escalation implements Node<TurnContext> {

    @Override
    public Update run(GraphState state, TurnContext context) {
        String guardrailReply = state.get(GUARDRAIL_REPLY);
        if (!guardrailReply.isEmpty()) {
            context.emit(new AgentEvent.Replace(guardrailReply));
            return Replies.record(guardrailReply);
        }
        String reply = Replies.escalation(context.casino());
        context.emit(new AgentEvent.Token(reply));
        return Replies.record(reply);
    }
}
