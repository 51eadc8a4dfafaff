package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL_REPLY;
import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuestLanguage;

/**
 * Hands the guest to a human host. After a responsible-gaming refusal the reply is the one the
 * compliance gate chose (it recorded that hand-off), sent as a {@code replace} like every
 * guardrail reply; otherwise the request for a person is recorded first, and the guest is told a
 * host was asked only when it was — else where to find one. A guest the router found upset twice in a row
 * (or who complained) gets a {@code frustrated} case the same way, and an apology with the promise of a follow-up.
 */
final class Escalation implements Node<TurnContext> {
    private final HostHandOff handOff;

    Escalation(HostHandOff handOff) {
        this.handOff = handOff;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        String guardrailReply = state.get(GUARDRAIL_REPLY);
        if (!guardrailReply.isEmpty()) {
            context.emit(new AgentEvent.Replace(guardrailReply));
            return Replies.record(guardrailReply);
        }
        GuestLanguage language = state.get(LANGUAGE);
        String reply = switch (state.get(ConciergeState.HAND_OFF)) {
            case FRUSTRATED -> handOff.ask(context, HostHandOff.Reason.FRUSTRATED, "upset twice in a row, or complained").isPresent()
                    ? ToneReplies.hostFollowsUp(context.casino(), language) : ToneReplies.noHostAsked(context.casino(), language);
            case ASKED_FOR_A_PERSON, RESPONSIBLE_GAMING, CRISIS, COMP_APPROVAL ->
                    handOff.ask(context, HostHandOff.Reason.ASKED_FOR_A_PERSON, "the guest asked for a person").isPresent()
                            ? Replies.escalation(context.casino(), language) : Replies.noHostAsked(context.casino(), language);
        };
        context.emit(new AgentEvent.Token(reply));
        return Replies.record(reply);
    }
}
