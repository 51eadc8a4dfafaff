package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.SourceRef;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The validator's relevance check, the same whichever model wrote the draft: every item the draft
 * cites must offer something the question asked for by name (an Italian question cites only Italian
 * places). A question that names nothing in {@link Facets} passes.
 */
final class Relevance {
    private final ItemFacets itemFacets;

    Relevance(ItemFacets itemFacets) {
        this.itemFacets = itemFacets;
    }

    /**
     * Why {@code draft} fails {@code asked}, or empty when every item it
     * cites is relevant; an item the question names is always relevant.
     */
    Optional<String> problem(Asked asked, String draft, List<KnowledgeItem> retrieved) {
        if (asked.facets().isEmpty()) {
            return Optional.empty();
        }
        List<String> cited = Respond.sourcesOf(draft, retrieved).stream().map(SourceRef::id).toList();
        List<KnowledgeItem> named = itemFacets.named(asked.padded(), retrieved);
        List<String> off = retrieved.stream()
                .filter(item -> cited.contains(item.id()) && !named.contains(item))
                .filter(item -> asked.facets().stream().noneMatch(facet -> itemFacets.offers(item, facet)))
                .map(KnowledgeItem::name)
                .toList();
        if (off.isEmpty()) {
            return Optional.empty();
        }
        String wanted = asked.facets().stream().map(Facet::name).collect(Collectors.joining(", "));
        return Optional.of("the answer cites " + String.join(", ", off) + ", which offer nothing the guest asked for ("
                + wanted + "); cite only items that do, or say plainly that the property has no information on it");
    }
}
