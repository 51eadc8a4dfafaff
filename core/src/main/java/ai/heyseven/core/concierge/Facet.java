package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a guest can ask for by name — a cuisine ("Italian"), a kind of place ("spa"), an
 * attribute ("pets", "vegetarian") — with the words an item uses for it and how to name it to the
 * guest in each language ("I don't have information about <em>pets</em>").
 *
 * @param name the facet's own name, for logs and the validator's feedback
 * @param itemWords folded words (or short phrases) that, in an item's tags, name or description, mean the item offers it
 * @param labels how a reply names it, by language; every {@link Language} has one
 */
record Facet(String name, List<String> itemWords, Map<Language, String> labels) {

    Facet {
        Objects.requireNonNull(name, "name");
        itemWords = List.copyOf(itemWords);
        labels = Map.copyOf(new EnumMap<>(labels));
        if (itemWords.isEmpty()) {
            throw new IllegalArgumentException("facet '" + name + "' has no item words");
        }
        for (Language language : Language.values()) {
            if (!labels.containsKey(language)) {
                throw new IllegalArgumentException("facet '" + name + "' has no label in " + language);
            }
        }
    }

    /** How a reply in {@code language} names this facet. */
    String label(Language language) {
        return labels.get(language);
    }
}
