package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.telemetry.Measurement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the property's items that answer the question; the casino filter is inside the index.
 * Promotions are left out for a guest flagged by the responsible-gaming layer, and gaming and
 * bars for a guest who showed signs of being under 21. A question about now or tonight keeps the
 * items open then, by their hours in the property's time zone — unless none is, in which case the
 * closed ones stay, so the answer can say when they open. A dining question of a guest whose
 * profile names a diet ("vegetarian") looks for it too.
 */
final class Retrieve implements Node<TurnContext> {
    private static final Set<String> ALCOHOL = Set.of("bar", "cocktails", "wine", "beer", "tequila", "nightclub", "21+", "lounge", "sake");
    /** A question about a time looks further down the ranking, since the best matches may be closed. */
    private static final int TIMED_CANDIDATES = 12;

    private final KnowledgeIndex index;
    private final int maxResults;

    Retrieve(KnowledgeIndex index, int maxResults) {
        this.index = index;
        this.maxResults = maxResults;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        boolean noPromotions = state.get(ConciergeState.NO_PROMOTIONS);
        boolean minor = state.get(ConciergeState.MINOR);
        String question = state.get(QUESTION);
        Timeframe when = Timeframe.of(question);
        String diet = context.guestFacts().get(ProfileField.DIETARY.wireName());
        String query = diet != null && state.get(INTENT) == Intent.DINING ? question + " " + diet : question;
        int candidates = when == Timeframe.ANY ? maxResults : TIMED_CANDIDATES;
        List<KnowledgeItem> found = index.search(context.casino().id(), query, state.get(INTENT), candidates).stream()
                .filter(item -> !(noPromotions && item.category() == Intent.PROMOTIONS))
                .filter(item -> !(minor && (item.category() == Intent.GAMING || servesAlcohol(item))))
                .toList();
        context.telemetry().record(new Measurement.Retrieved(state.get(INTENT).wireName(), found.size()));
        return Update.of(RETRIEVED, openWhenAsked(found, when, context.localTime().toLocalDateTime()).limit(maxResults).toList());
    }

    private static Stream<KnowledgeItem> openWhenAsked(List<KnowledgeItem> found, Timeframe when, LocalDateTime local) {
        if (when == Timeframe.ANY) {
            return found.stream();
        }
        List<KnowledgeItem> open = found.stream().filter(item -> hasHours(item) && when.fits(item.hours(), local)).toList();
        if (open.isEmpty()) {
            return found.stream();
        }
        return Stream.concat(open.stream(), found.stream().filter(item -> !hasHours(item)));
    }

    private static boolean hasHours(KnowledgeItem item) {
        return !item.hours().days().isEmpty();
    }

    private static boolean servesAlcohol(KnowledgeItem item) {
        return item.tags().stream().anyMatch(ALCOHOL::contains);
    }
}
