package ai.heyseven.ports.casino;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the agent hosts at a property: its persona, whether it says it is an AI, whether it remembers
 * guests, and what it offers on an occasion or suggests for a return visit.
 *
 * <pre>{@code
 * new Hosting(new Persona("Aria", Persona.Tone.WARM, false), true, "", Map.of(), true,
 *         Map.of("anniversary", Map.of("en", "a complimentary glass of champagne at dinner")), true)
 * }</pre>
 *
 * @param persona who the agent is; {@link Persona#DEFAULT} when null
 * @param aiDisclosure whether the first reply of every conversation says the guest talks with an AI
 *     assistant: on unless the casino turns it off, and then only with a {@code disclosureWaiver}
 * @param disclosureWaiver why the disclosure may be off (the law of the property's jurisdiction that
 *     allows it); required when {@code aiDisclosure} is false, empty otherwise
 * @param disclosures the property's own disclosure wording by language ({@code en}, {@code es}…); absent: the default
 * @param rememberGuests whether the agent keeps what an identified guest tells it for later conversations
 * @param occasionOffers the incentive for an occasion ({@code birthday}, {@code anniversary}), by language:
 *     offered once per guest and stay; none: no incentive
 * @param returnVisits whether the agent suggests one upcoming event when the conversation winds down
 */
public record Hosting(Persona persona, boolean aiDisclosure, String disclosureWaiver, Map<String, String> disclosures,
        boolean rememberGuests, Map<String, Map<String, String>> occasionOffers, boolean returnVisits) {
    /** Hey Seven's defaults: Seven, disclosed, remembering, no occasion incentive, return-visit suggestions on. */
    public static final Hosting DEFAULT = new Hosting(Persona.DEFAULT, true, "", Map.of(), true, Map.of(), true);
    public static final int MAX_TEXT_LENGTH = 300;
    /** The occasions an incentive may be configured for. */
    public static final java.util.List<String> OCCASIONS = java.util.List.of("birthday", "anniversary");

    public Hosting {
        persona = Objects.requireNonNullElse(persona, Persona.DEFAULT);
        disclosureWaiver = disclosureWaiver == null ? "" : disclosureWaiver.strip();
        if (!aiDisclosure && disclosureWaiver.isEmpty()) {
            throw new IllegalArgumentException("ai_disclosure may be off only with a disclosure_waiver naming the law that allows it");
        }
        disclosures = disclosures == null ? Map.of() : Map.copyOf(disclosures);
        disclosures.forEach((language, text) -> check("disclosures." + language, language, text));
        Map<String, Map<String, String>> offers = new HashMap<>();
        (occasionOffers == null ? Map.<String, Map<String, String>>of() : occasionOffers).forEach((occasion, texts) -> {
            if (!OCCASIONS.contains(occasion)) {
                throw new IllegalArgumentException("occasion_offers: '" + occasion + "' is not one of " + OCCASIONS);
            }
            texts.forEach((language, text) -> check("occasion_offers." + occasion + "." + language, language, text));
            offers.put(occasion, Map.copyOf(texts));
        });
        occasionOffers = Map.copyOf(offers);
    }

    /** The property's disclosure in {@code language}, if it words one. */
    public java.util.Optional<String> disclosure(String language) {
        return java.util.Optional.ofNullable(disclosures.get(language));
    }

    /** The incentive for {@code occasion} in {@code language} (or English), if the property offers one. */
    public java.util.Optional<String> occasionOffer(String occasion, String language) {
        Map<String, String> texts = occasionOffers.getOrDefault(occasion, Map.of());
        return java.util.Optional.ofNullable(texts.getOrDefault(language, texts.get("en")));
    }

    private static void check(String field, String language, String text) {
        if (!language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException(field + ": '" + language + "' is not an ISO 639-1 code");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(field + " must be 1 to " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
