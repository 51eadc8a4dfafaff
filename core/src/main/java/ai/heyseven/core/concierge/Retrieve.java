package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.List;
import java.util.Set;

/**
 * Finds the property's items that answer the question; the casino filter is inside the index.
 * Promotions are left out for a guest flagged by the responsible-gaming layer, and gaming and
 * bars for a guest who showed signs of being under 21.
 */
final class Retrieve implements Node<TurnContext> {
    private static final Set<String> ALCOHOL = Set.of("bar", "cocktails", "wine", "beer", "tequila", "nightclub", "21+", "lounge", "sake");

    private final KnowledgeIndex index;

    Retrieve(KnowledgeIndex index) {
        this.index = index;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        boolean noPromotions = state.get(ConciergeState.NO_PROMOTIONS);
        boolean minor = state.get(ConciergeState.MINOR);
        List<KnowledgeItem> found = index.search(context.casino().id(), state.get(QUESTION), state.get(INTENT)).stream()
                .filter(item -> !(noPromotions && item.category() == Intent.PROMOTIONS))
                .filter(item -> !(minor && (item.category() == Intent.GAMING || servesAlcohol(item))))
                .toList();
        return Update.of(RETRIEVED, found);
    }

    private static boolean servesAlcohol(KnowledgeItem item) {
        return item.tags().stream().anyMatch(ALCOHOL::contains);
    }
}
