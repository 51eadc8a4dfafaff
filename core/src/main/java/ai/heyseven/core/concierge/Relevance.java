package ai.heyseven.core.concierge;

import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The validator's relevance check, the same whichever model wrote the draft: every item of the
 * property the draft names — retrieved or not — must offer something the question asked for by
 * name (an Italian question names only Italian places), unless the question named that item itself
 * or a retrieved item's own text does ("Aurora Sportsbook: Casino Floor, near Vesuvio Pizzeria").
 * A question that names nothing in {@link Facets} passes.
 */
final class Relevance {
    private final ItemFacets itemFacets;
    private final KnowledgeIndex index;

    Relevance(ItemFacets itemFacets, KnowledgeIndex index) {
        this.itemFacets = itemFacets;
        this.index = index;
    }

    /**
     * Why {@code draft}, written at {@code casinoId} from {@code retrieved}, fails {@code asked}, or
     * empty when every item it names is relevant.
     */
    Optional<String> problem(String casinoId, Asked asked, String draft, List<KnowledgeItem> retrieved) {
        if (asked.facets().isEmpty()) {
            return Optional.empty();
        }
        List<KnowledgeItem> catalogue = index.items(casinoId);
        List<KnowledgeItem> askedFor = itemFacets.named(asked.padded(), catalogue);
        String lowerDraft = draft.toLowerCase(java.util.Locale.ROOT);
        List<String> off = catalogue.stream()
                .filter(item -> itemFacets.namedIn(lowerDraft, item))
                .filter(item -> !askedFor.contains(item) && !quotedBy(retrieved, item))
                .filter(item -> asked.facets().stream().noneMatch(facet -> itemFacets.offers(item, facet)))
                .map(KnowledgeItem::name)
                .toList();
        if (off.isEmpty()) {
            return Optional.empty();
        }
        String wanted = asked.facets().stream().map(Facet::name).collect(Collectors.joining(", "));
        return Optional.of("the answer names " + String.join(", ", off) + ", which offer nothing the guest asked for ("
                + wanted + "); name only items that do, or say plainly that the property has no information on it");
    }

    /** Whether a retrieved item's description or location names {@code item}, so quoting it names it too. */
    private static boolean quotedBy(List<KnowledgeItem> retrieved, KnowledgeItem item) {
        for (KnowledgeItem source : retrieved) {
            if (source != item && (source.description().contains(item.name()) || source.location().contains(item.name()))) {
                return true;
            }
        }
        return false;
    }
}
