package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuestLanguage;
import java.util.function.BiFunction;

/** A node that answers with a fixed text for the property, in the guest's language: {@code greeting}, {@code off_topic}. */
final class CannedReply implements Node<TurnContext> {
    private final BiFunction<CasinoConfig, GuestLanguage, String> text;

    CannedReply(BiFunction<CasinoConfig, GuestLanguage, String> text) {
        this.text = text;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        String reply = text.apply(context.casino(), state.get(ConciergeState.LANGUAGE));
        context.emit(new AgentEvent.Token(reply));
        return Replies.record(reply);
    }
}
