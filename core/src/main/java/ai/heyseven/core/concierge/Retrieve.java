package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.knowledge.KnowledgeIndex;

/** Finds the property's items that answer the question; the casino filter is inside the index. */
final class Retrieve implements Node<TurnContext> {
    private final KnowledgeIndex index;

    Retrieve(KnowledgeIndex index) {
        this.index = index;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        return Update.of(RETRIEVED, index.search(context.casino().id(), state.get(QUESTION), state.get(INTENT)));
    }
}
