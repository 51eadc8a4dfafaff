package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.LAST_CITED;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;
import static ai.heyseven.core.concierge.ConciergeState.THREAD_FACTS;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.telemetry.Measurement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the property's items that answer the question; the casino filter is inside the index.
 * What the question asks for by name ({@link Asked#facets()}: "Italian", "pets") decides which items
 * answer it: only those that offer it, best-ranked first — none when no item does, so the answer
 * says so. A follow-up that names nothing new ("is it open after 11?") is about the items the last
 * answer cited; a question that names an item in full ("Is Green Leaf Kitchen open?") is about it.
 * Otherwise the hybrid ranking stands.
 *
 * <p>Promotions are left out for a guest flagged by the responsible-gaming layer, and gaming and
 * bars for a guest who showed signs of being under 21. A question about now or tonight keeps the
 * items open then, by their hours in the property's time zone — unless none is, in which case the
 * closed ones stay, so the answer can say when they open. A dining question of a guest who named a
 * diet (in their profile or earlier in the conversation) looks for it too; what the guest says
 * about their party is remembered in the conversation.
 */
final class Retrieve implements Node<TurnContext> {
    private static final Set<String> ALCOHOL = Set.of("bar", "cocktails", "wine", "beer", "tequila", "nightclub", "21+", "lounge", "sake");
    /** A question about a time looks further down the ranking, since the best matches may be closed. */
    private static final int TIMED_CANDIDATES = 12;
    /** How far down the ranking a question that names facets looks before the rest of the catalogue. */
    private static final int FACET_CANDIDATES = 12;

    private final KnowledgeIndex index;
    private final int maxResults;
    private final ItemFacets itemFacets;

    Retrieve(KnowledgeIndex index, int maxResults, ItemFacets itemFacets) {
        this.index = index;
        this.maxResults = maxResults;
        this.itemFacets = itemFacets;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        String question = state.get(QUESTION);
        LocalDateTime local = context.localTime().toLocalDateTime();
        Asked asked = Asked.read(question, local);
        Map<String, String> told = told(context.statedIn(question));
        Intent intent = state.get(INTENT);
        String casinoId = context.casino().id();
        List<KnowledgeItem> found = itemFacets.named(asked.padded(), index.items(casinoId));
        Update update = Update.none();
        if (!found.isEmpty()) {
            update = update.and(INTENT, found.getFirst().category());
        } else if (asked.followsUp(intent) && !state.get(LAST_CITED).isEmpty()) {
            found = state.get(LAST_CITED).stream().map(id -> index.item(casinoId, id)).flatMap(Optional::stream).toList();
            if (!found.isEmpty() && !intent.isItemCategory()) {
                update = update.and(INTENT, found.getFirst().category());
            }
        } else {
            String diet = diet(told, state.get(THREAD_FACTS), context.guestFacts());
            String query = diet != null && intent == Intent.DINING ? question + " " + diet : question;
            found = asked.facets().isEmpty() ? ranked(casinoId, query, intent, asked) : offering(casinoId, query, intent, asked);
        }
        // nothing is sold to a guest with signs of a gambling problem, nor to one upset or grieving
        boolean noPromotions = state.get(ConciergeState.NO_PROMOTIONS) || state.get(ConciergeState.TONE) != ai.heyseven.ports.concierge.Tone.NEUTRAL;
        boolean minor = state.get(ConciergeState.MINOR);
        found = found.stream()
                .filter(item -> !(noPromotions && item.category() == Intent.PROMOTIONS))
                .filter(item -> !(minor && (item.category() == Intent.GAMING || servesAlcohol(item))))
                .toList();
        context.telemetry().record(new Measurement.Retrieved(intent.wireName(), found.size()));
        // a yes-or-no question keeps the closed items: "No, it opens at 5:00 PM" answers it
        Timeframe when = asked.form() == Asked.Form.YES_NO ? Timeframe.ANY : Timeframe.of(question);
        List<KnowledgeItem> kept = openWhenAsked(found, when, local).limit(maxResults).toList();
        update = update.and(RETRIEVED, kept).and(ConciergeState.ASKED, asked);
        return told.isEmpty() ? update : update.and(THREAD_FACTS, told);
    }

    private List<KnowledgeItem> ranked(String casinoId, String query, Intent intent, Asked asked) {
        int candidates = Timeframe.of(query) == Timeframe.ANY ? maxResults : TIMED_CANDIDATES;
        return index.search(casinoId, query, intent, candidates);
    }

    /** The items that offer what was asked for: the ranked ones first, in rank order, then the rest of the catalogue's. */
    private List<KnowledgeItem> offering(String casinoId, String query, Intent intent, Asked asked) {
        List<KnowledgeItem> ranked = index.search(casinoId, query, intent, FACET_CANDIDATES);
        Set<String> rankedIds = new HashSet<>();
        ranked.forEach(item -> rankedIds.add(item.id()));
        List<KnowledgeItem> catalogue = index.items(casinoId);
        List<KnowledgeItem> pool = new ArrayList<>(catalogue.size());
        pool.addAll(ranked);
        for (KnowledgeItem item : catalogue) {
            if (!rankedIds.contains(item.id())) {
                pool.add(item);
            }
        }
        return itemFacets.offering(asked.facets(), pool, intent);
    }

    /** The diet the guest named: in this message, earlier in the conversation, or in their profile; null when none. */
    private static String diet(Map<String, String> told, Map<String, String> thread, Map<String, String> profile) {
        String field = ProfileField.DIETARY.wireName();
        return told.getOrDefault(field, thread.getOrDefault(field, profile.get(field)));
    }

    /** The party details {@code question} states (not the name), by profile wire name. */
    private static Map<String, String> told(Map<ProfileField, String> said) {
        Map<String, String> told = new HashMap<>();
        said.forEach((field, value) -> {
            if (field != ProfileField.NAME) {
                told.put(field.wireName(), value);
            }
        });
        return told.isEmpty() ? Map.of() : Map.copyOf(told);
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
