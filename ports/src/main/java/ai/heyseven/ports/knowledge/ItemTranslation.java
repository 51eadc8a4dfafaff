package ai.heyseven.ports.knowledge;

import java.util.Objects;

/**
 * An item's guest-facing text in one language. A field left empty is not translated: the item's
 * default text stands in for it ({@link KnowledgeItem#name(ai.heyseven.ports.concierge.GuestLanguage)}).
 *
 * @param name the item's name in that language, or empty (proper names usually stay as they are)
 * @param description the description in that language, or empty
 * @param location where on the property, in that language, or empty
 */
public record ItemTranslation(String name, String description, String location) {

    public ItemTranslation {
        name = Objects.requireNonNull(name, "name").strip();
        description = Objects.requireNonNull(description, "description").strip();
        location = Objects.requireNonNull(location, "location").strip();
        if (name.isEmpty() && description.isEmpty() && location.isEmpty()) {
            throw new IllegalArgumentException("a translation needs at least one of name, description and location");
        }
    }
}
