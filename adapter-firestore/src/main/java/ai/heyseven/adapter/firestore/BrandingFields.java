package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.casino.Branding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A casino's page branding as the map {@code branding} of {@code casinos/{casino}}: snake_case, every field optional. */
final class BrandingFields {
    private BrandingFields() {
    }

    static Map<String, Object> write(Branding branding) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("primary_color", branding.primaryColor());
        fields.put("accent_color", branding.accentColor());
        fields.put("logo_url", branding.logoUrl());
        fields.put("favicon_url", branding.faviconUrl());
        fields.put("host_phone", branding.hostPhone());
        fields.put("frame_origins", branding.frameOrigins());
        fields.put("greetings", branding.greetings());
        fields.put("suggestions", branding.suggestions());
        return fields;
    }

    /** {@link Branding#DEFAULT} when absent; a field of the wrong type is an error naming it. */
    static Branding read(Object value) {
        if (value == null) {
            return Branding.DEFAULT;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("branding must be a map");
        }
        return new Branding(text(map, "primary_color"), text(map, "accent_color"), text(map, "logo_url"), text(map, "favicon_url"),
                text(map, "host_phone"), texts(map.get("frame_origins"), "frame_origins"), greetings(map.get("greetings")),
                suggestions(map.get("suggestions")));
    }

    private static String text(Map<?, ?> map, String field) {
        return switch (map.get(field)) {
            case null -> "";
            case String text -> text;
            default -> throw new IllegalArgumentException("branding." + field + " must be text");
        };
    }

    private static List<String> texts(Object value, String field) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException("branding." + field + " must be a list of text");
    }

    private static Map<String, String> greetings(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map && map.values().stream().allMatch(String.class::isInstance)) {
            Map<String, String> greetings = new HashMap<>();
            map.forEach((language, text) -> greetings.put(String.valueOf(language), (String) text));
            return greetings;
        }
        throw new IllegalArgumentException("branding.greetings must be a map of text");
    }

    private static Map<String, List<String>> suggestions(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("branding.suggestions must be a map of lists of text");
        }
        Map<String, List<String>> suggestions = new HashMap<>();
        map.forEach((language, questions) -> suggestions.put(String.valueOf(language), texts(questions, "suggestions." + language)));
        return suggestions;
    }
}
