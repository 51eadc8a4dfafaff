package ai.heyseven.ports.knowledge;

import ai.heyseven.ports.concierge.Intent;
import java.util.List;
import java.util.Objects;

/**
 * One thing a property offers, with the facts a guest asks about.
 *
 * @param location where on the property, or empty
 * @param hours opening hours in the property's time zone ({@link WeeklyHours#NONE} when not applicable)
 * @param priceRange such as {@code $$$}, or empty
 */
public record KnowledgeItem(
        String id,
        String casinoId,
        Intent category,
        String name,
        String description,
        String location,
        WeeklyHours hours,
        String priceRange,
        List<String> tags) {

    public KnowledgeItem {
        requireText(id, "id");
        requireText(casinoId, "casinoId");
        requireText(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(priceRange, "priceRange");
        tags = List.copyOf(tags);
        if (!category.isItemCategory()) {
            throw new IllegalArgumentException("item '" + id + "' has category " + category.wireName()
                    + "; items are dining, entertainment, hotel, gaming, amenities, promotions or loyalty");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("knowledge item " + name + " must not be blank");
        }
    }
}
