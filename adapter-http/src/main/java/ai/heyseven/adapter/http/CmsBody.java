package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.ContentChange;
import ai.heyseven.ports.knowledge.ItemTranslation;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks the body of {@code POST /v1/webhooks/cms} (docs/contract.md §3), naming the field that is wrong. */
final class CmsBody {
    private static final Set<String> UPSERT_FIELDS = Set.of("event", "casino_id", "item");
    private static final Set<String> DELETE_FIELDS = Set.of("event", "casino_id", "item_id");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "category", "name", "description", "location", "hours",
            "price_range", "tags", "updated_at", "translations");
    private static final Set<String> TRANSLATION_FIELDS = Set.of("name", "description", "location");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 20_000;
    private static final int MAX_SHORT_FIELD = 500;
    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG = 60;

    private CmsBody() {
    }

    static ContentChange parse(JsonNode root) {
        String event = Bodies.text(root, "event", true);
        return switch (event) {
            case "item.upserted" -> {
                Bodies.onlyFields(root, UPSERT_FIELDS, " for item.upserted");
                yield upserted(id(root, "casino_id"), root.get("item"));
            }
            case "item.deleted" -> {
                Bodies.onlyFields(root, DELETE_FIELDS, " for item.deleted");
                yield new ContentChange.Deleted(id(root, "casino_id"), id(root, "item_id"));
            }
            default -> throw HttpProblem.badRequest("'event' must be item.upserted or item.deleted, not '" + event + "'");
        };
    }

    /** One item in the webhook's item format, as an upsert of {@code casinoId}'s knowledge (the desk's admin import). */
    static ContentChange upserted(String casinoId, JsonNode item) {
        if (item == null || !item.isObject()) {
            throw HttpProblem.badRequest("'item' is required and must be an object");
        }
        Bodies.onlyFields(item, ITEM_FIELDS, " in item");
        String id = id(item, "id");
        try {
            KnowledgeItem parsed = new KnowledgeItem(id, casinoId, category(item), bounded(item, "name", true, MAX_NAME),
                    bounded(item, "description", true, MAX_DESCRIPTION), orEmpty(bounded(item, "location", false, MAX_SHORT_FIELD)),
                    hours(item), orEmpty(bounded(item, "price_range", false, MAX_SHORT_FIELD)), tags(item), translations(item));
            return new ContentChange.Upserted(parsed, updatedAt(item));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("item '" + id + "': " + e.getMessage());
        }
    }

    private static String id(JsonNode object, String field) {
        String id = Bodies.text(object, field, true);
        if (!ID.matcher(id).matches()) {
            throw HttpProblem.badRequest("'" + field + "' must be 1 to 128 letters, digits or . _ : -");
        }
        return id;
    }

    private static Intent category(JsonNode item) {
        String wire = Bodies.text(item, "category", true);
        return Intent.fromWireName(wire).filter(Intent::isItemCategory).orElseThrow(() -> HttpProblem.badRequest(
                "'category' must be one of " + String.join(", ", Arrays.stream(Intent.values()).filter(Intent::isItemCategory)
                        .map(Intent::wireName).toList()) + ", not '" + wire + "'"));
    }

    private static String bounded(JsonNode item, String field, boolean required, int max) {
        String value = Bodies.text(item, field, required);
        if (value != null && value.length() > max) {
            throw HttpProblem.badRequest("'" + field + "' has " + value.length() + " characters; at most " + max + " are allowed");
        }
        if (required && value.isBlank()) {
            throw HttpProblem.badRequest("'" + field + "' must not be blank");
        }
        return value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static WeeklyHours hours(JsonNode item) {
        JsonNode hours = item.get("hours");
        if (hours == null || hours.isNull()) {
            return WeeklyHours.NONE;
        }
        if (!hours.isObject()) {
            throw HttpProblem.badRequest("'hours' must be an object such as {\"mon\": \"17:00-23:00\"}");
        }
        Map<String, String> wire = new LinkedHashMap<>();
        hours.properties().forEach(day -> {
            if (!day.getValue().isTextual()) {
                throw HttpProblem.badRequest("'hours." + day.getKey() + "' must be a string such as \"17:00-23:00\" or \"24h\"");
            }
            wire.put(day.getKey().toLowerCase(Locale.ROOT), day.getValue().textValue());
        });
        return WeeklyHours.parse(wire);
    }

    private static List<String> tags(JsonNode item) {
        JsonNode tags = item.get("tags");
        if (tags == null || tags.isNull()) {
            return List.of();
        }
        if (!tags.isArray() || tags.size() > MAX_TAGS) {
            throw HttpProblem.badRequest("'tags' must be an array of at most " + MAX_TAGS + " strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode tag : tags) {
            if (!tag.isTextual() || tag.textValue().isBlank() || tag.textValue().length() > MAX_TAG) {
                throw HttpProblem.badRequest("each tag must be a non-blank string of at most " + MAX_TAG + " characters");
            }
            values.add(tag.textValue());
        }
        return values;
    }

    /** {@code {"es": {"name": ..., "description": ..., "location": ...}, ...}}: each field optional, each language once. */
    private static Map<GuestLanguage, ItemTranslation> translations(JsonNode item) {
        JsonNode translations = item.get("translations");
        if (translations == null || translations.isNull()) {
            return Map.of();
        }
        if (!translations.isObject()) {
            throw HttpProblem.badRequest("'translations' must be an object by language, such as {\"es\": {\"description\": \"...\"}}");
        }
        Map<GuestLanguage, ItemTranslation> byLanguage = new EnumMap<>(GuestLanguage.class);
        translations.properties().forEach(entry -> {
            String where = "translations." + entry.getKey();
            GuestLanguage language = GuestLanguage.fromCode(entry.getKey()).orElseThrow(() -> HttpProblem.badRequest(
                    "'" + where + "': '" + entry.getKey() + "' is not a language Hey Seven speaks (en, es, pt, zh)"));
            JsonNode text = entry.getValue();
            if (!text.isObject()) {
                throw HttpProblem.badRequest("'" + where + "' must be an object with name, description or location");
            }
            Bodies.onlyFields(text, TRANSLATION_FIELDS, " in " + where);
            byLanguage.put(language, new ItemTranslation(translated(text, where, "name", MAX_NAME),
                    translated(text, where, "description", MAX_DESCRIPTION), translated(text, where, "location", MAX_SHORT_FIELD)));
        });
        return byLanguage;
    }

    private static String translated(JsonNode text, String where, String field, int max) {
        JsonNode node = text.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual() || node.textValue().length() > max) {
            throw HttpProblem.badRequest("'" + where + "." + field + "' must be a string of at most " + max + " characters");
        }
        return node.textValue();
    }

    private static Optional<Instant> updatedAt(JsonNode item) {
        String text = Bodies.text(item, "updated_at", false);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("'updated_at' must be an ISO-8601 time with an offset, such as 2026-11-24T18:00:00Z");
        }
    }
}
