package ai.heyseven.ports.knowledge;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One thing a property offers, with the facts a guest asks about. Its name, description and
 * location are written in the property's default language (English for the samples); the
 * {@code translations} give them in the other languages a guest may speak, field by field:
 *
 * <pre>{@code
 * item.description(GuestLanguage.ES)   // the Spanish description, else the default one
 * }</pre>
 *
 * @param location where on the property, or empty
 * @param hours opening hours in the property's time zone ({@link WeeklyHours#NONE} when not applicable)
 * @param priceRange such as {@code $$$}, or empty
 * @param translations the guest-facing text in other languages; at most one per language
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
        List<String> tags,
        Map<GuestLanguage, ItemTranslation> translations) {

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
        translations = Map.copyOf(translations);
        if (!category.isItemCategory()) {
            throw new IllegalArgumentException("item '" + id + "' has category " + category.wireName()
                    + "; items are dining, entertainment, hotel, gaming, amenities, promotions or loyalty");
        }
    }

    /** An item with its text in one language only. */
    public KnowledgeItem(String id, String casinoId, Intent category, String name, String description, String location,
            WeeklyHours hours, String priceRange, List<String> tags) {
        this(id, casinoId, category, name, description, location, hours, priceRange, tags, Map.of());
    }

    /** The name a guest speaking {@code language} reads: its translation, else the default. */
    public String name(GuestLanguage language) {
        return translated(language, ItemTranslation::name, name);
    }

    /** The description in {@code language}, else the default. */
    public String description(GuestLanguage language) {
        return translated(language, ItemTranslation::description, description);
    }

    /** The location in {@code language}, else the default (empty when the item has none). */
    public String location(GuestLanguage language) {
        return location.isEmpty() ? "" : translated(language, ItemTranslation::location, location);
    }

    /** This item with {@code translations} in place of its own. */
    public KnowledgeItem withTranslations(Map<GuestLanguage, ItemTranslation> translations) {
        return new KnowledgeItem(id, casinoId, category, name, description, location, hours, priceRange, tags, translations);
    }

    private String translated(GuestLanguage language, Function<ItemTranslation, String> field, String fallback) {
        ItemTranslation translation = translations.get(language);
        if (translation == null) {
            return fallback;
        }
        String text = field.apply(translation);
        return text.isEmpty() ? fallback : text;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("knowledge item " + name + " must not be blank");
        }
    }
}
