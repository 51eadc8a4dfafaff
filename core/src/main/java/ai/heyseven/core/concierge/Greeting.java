package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuestLanguage;

/**
 * Answers a hello with the persona's greeting, and a goodbye ("thanks, that's all") with thanks and,
 * once a conversation, one upcoming event the guest would like for their next visit.
 */
final class Greeting implements Node<TurnContext> {
    private final HostTouches touches;
    private final KnowledgeIndex index;

    Greeting(HostTouches touches, KnowledgeIndex index) {
        this.touches = touches;
        this.index = index;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        GuestLanguage language = state.get(ConciergeState.LANGUAGE);
        if (!HostTouches.windsDown(state.get(ConciergeState.QUESTION))) {
            return say(Replies.greeting(context.casino(), language), Update.none(), context);
        }
        String thanks = Replies.farewell(context.casino(), language);
        return touches.returnVisit(state, context, index.items(context.casino().id()))
                .map(touch -> say(thanks + " " + touch.text(), touch.update(), context))
                .orElseGet(() -> say(thanks, Update.none(), context));
    }

    private static Update say(String reply, Update update, TurnContext context) {
        context.emit(new AgentEvent.Token(reply));
        return Replies.record(reply).and(update);
    }
}
