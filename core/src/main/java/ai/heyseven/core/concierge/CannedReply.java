package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.concierge.AgentEvent;
import java.util.function.Function;

/** A node that answers with a fixed text for the property: {@code greeting}, {@code off_topic}, {@code escalation}. */
final class CannedReply implements Node<TurnContext> {
    private final Function<CasinoConfig, String> text;

    CannedReply(Function<CasinoConfig, String> text) {
        this.text = text;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        String reply = text.apply(context.casino());
        context.emit(new AgentEvent.Token(reply));
        return Replies.record(reply);
    }
}
