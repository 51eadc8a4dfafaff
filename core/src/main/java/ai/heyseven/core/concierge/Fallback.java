package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.VALIDATION;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.Validation;

/** Replaces whatever the guest saw with the safe fallback reply. */
final class Fallback implements Node<TurnContext> {

    @Override
    public Update run(GraphState state, TurnContext context) {
        String reply = Replies.fallback(context.casino(), state.get(LANGUAGE));
        context.emit(new AgentEvent.Replace(reply));
        return Replies.record(reply).and(VALIDATION, Validation.FALLBACK);
    }
}
