package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentSnapshot;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A knowledge item as a document: the CMS body's fields (docs/contract.md §3) plus when the source changed it. */
final class ItemDocuments {
    static final String UPDATED_AT = "updated_at";

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
                Fields.texts(document, "tags"));
    }

    /** When the stored item's source changed it, if it said. */
    static Optional<Instant> updatedAt(DocumentSnapshot document) {
        return Optional.ofNullable(document.get(UPDATED_AT, Timestamp.class)).map(Fields::instant);
    }
}
