package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.casino.Hosting;
import ai.heyseven.ports.casino.Persona;
import java.util.HashMap;
import java.util.Map;

/** How the agent hosts, as the map {@code hosting} of {@code casinos/{casino}}: snake_case, every field optional. */
final class HostingFields {
    private HostingFields() {
    }

    static Map<String, Object> write(Hosting hosting) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("persona", Map.of("name", hosting.persona().name(), "tone", hosting.persona().tone().wireName(),
                "emoji", hosting.persona().emoji()));
        fields.put("ai_disclosure", hosting.aiDisclosure());
        fields.put("disclosure_waiver", hosting.disclosureWaiver());
        fields.put("disclosures", hosting.disclosures());
        fields.put("remember_guests", hosting.rememberGuests());
        fields.put("occasion_offers", hosting.occasionOffers());
        fields.put("return_visits", hosting.returnVisits());
        return fields;
    }

    /** {@link Hosting#DEFAULT} when absent; a field of the wrong type is an error naming it. */
    static Hosting read(Object value) {
        if (value == null) {
            return Hosting.DEFAULT;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("hosting must be a map");
        }
        return new Hosting(persona(map.get("persona")), flag(map, "ai_disclosure"), text(map, "disclosure_waiver"),
                texts(map.get("disclosures"), "disclosures"), flag(map, "remember_guests"), offers(map.get("occasion_offers")),
                flag(map, "return_visits"));
    }

    private static Persona persona(Object value) {
        if (value == null) {
            return Persona.DEFAULT;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("hosting.persona must be a map");
        }
        return new Persona(text(map, "name"), Persona.Tone.parse(text(map, "tone")), map.get("emoji") == Boolean.TRUE);
    }

    /** On unless the document says {@code false}. */
    private static boolean flag(Map<?, ?> map, String field) {
        return switch (map.get(field)) {
            case null -> true;
            case Boolean on -> on;
            default -> throw new IllegalArgumentException("hosting." + field + " must be true or false");
        };
    }

    private static String text(Map<?, ?> map, String field) {
        return switch (map.get(field)) {
            case null -> "";
            case String text -> text;
            default -> throw new IllegalArgumentException("hosting." + field + " must be text");
        };
    }

    private static Map<String, String> texts(Object value, String field) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map && map.values().stream().allMatch(String.class::isInstance)) {
            Map<String, String> texts = new HashMap<>();
            map.forEach((language, text) -> texts.put(String.valueOf(language), (String) text));
            return texts;
        }
        throw new IllegalArgumentException("hosting." + field + " must be a map of text by language");
    }

    private static Map<String, Map<String, String>> offers(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("hosting.occasion_offers must be a map of occasions");
        }
        Map<String, Map<String, String>> offers = new HashMap<>();
        map.forEach((occasion, texts) -> offers.put(String.valueOf(occasion), texts(texts, "occasion_offers." + occasion)));
        return offers;
    }
}
