package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.ItemTranslation;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentSnapshot;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A knowledge item as a document: the CMS body's fields (docs/contract.md §3) plus when the source
 * changed it. Translations are a map by language code of maps by field
 * ({@code translations.es.description}), only the translated fields present.
 */
final class ItemDocuments {
    static final String UPDATED_AT = "updated_at";
    private static final String TRANSLATIONS = "translations";

    private ItemDocuments() {
    }

    static Map<String, Object> write(KnowledgeItem item, Optional<Instant> updatedAt) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("category", item.category().wireName());
        fields.put("name", item.name());
        fields.put("description", item.description());
        fields.put("location", item.location());
        fields.put("hours", item.hours().toWire());
        fields.put("price_range", item.priceRange());
        fields.put("tags", item.tags());
        fields.put(UPDATED_AT, updatedAt.map(Fields::timestamp).orElse(null));
        Map<String, Map<String, String>> translations = new HashMap<>();
        item.translations().forEach((language, translation) -> translations.put(language.code(), write(translation)));
        fields.put(TRANSLATIONS, translations);
        return fields;
    }

    static KnowledgeItem read(String casinoId, DocumentSnapshot document) {
        String category = Fields.requiredText(document, "category");
        return new KnowledgeItem(document.getId(), casinoId,
                Intent.fromWireName(category).orElseThrow(() -> new IllegalArgumentException(
                        document.getReference().getPath() + ": category '" + category + "' is not an intent")),
                Fields.requiredText(document, "name"),
                Fields.text(document, "description", ""),
                Fields.text(document, "location", ""),
                WeeklyHours.parse(Fields.map(document, "hours", String.class)),
                Fields.text(document, "price_range", ""),
                Fields.texts(document, "tags"),
                translations(document));
    }

    private static Map<String, String> write(ItemTranslation translation) {
        Map<String, String> fields = new HashMap<>();
        putIfAny(fields, "name", translation.name());
        putIfAny(fields, "description", translation.description());
        putIfAny(fields, "location", translation.location());
        return fields;
    }

    private static void putIfAny(Map<String, String> fields, String field, String text) {
        if (!text.isEmpty()) {
            fields.put(field, text);
        }
    }

    /** The stored translations; a language this version does not speak or a field that is not text is refused, naming it. */
    private static Map<GuestLanguage, ItemTranslation> translations(DocumentSnapshot document) {
        Map<GuestLanguage, ItemTranslation> byLanguage = new EnumMap<>(GuestLanguage.class);
        Fields.map(document, TRANSLATIONS, Map.class).forEach((code, fields) -> {
            String where = document.getReference().getPath() + ": " + TRANSLATIONS + "." + code;
            if (!fields.keySet().stream().allMatch(String.class::isInstance) || !fields.values().stream().allMatch(String.class::isInstance)) {
                throw new IllegalArgumentException(where + " must map name, description and location to text");
            }
            GuestLanguage language = GuestLanguage.fromCode(code)
                    .orElseThrow(() -> new IllegalArgumentException(where + ": '" + code + "' is not a language Hey Seven speaks"));
            byLanguage.put(language, new ItemTranslation(text(fields, "name"), text(fields, "description"), text(fields, "location")));
        });
        return byLanguage;
    }

    private static String text(Map<?, ?> fields, String field) {
        Object text = fields.get(field);
        return text == null ? "" : (String) text;
    }

    /** When the stored item's source changed it, if it said. */
    static Optional<Instant> updatedAt(DocumentSnapshot document) {
        return Optional.ofNullable(document.get(UPDATED_AT, Timestamp.class)).map(Fields::instant);
    }
}
