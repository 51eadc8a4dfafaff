package ai.heyseven.adapter.local;

import ai.heyseven.ports.casino.Branding;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CrisisLine;
import ai.heyseven.ports.casino.Hosting;
import ai.heyseven.ports.casino.Persona;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.ItemTranslation;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of one property file: {@code {"casino": {...}, "items": [...]}} (snake_case, as the
 * CMS body). An item's {@code translations} give its name, description and location in other
 * languages: {@code {"es": {"description": "...", "location": "..."}, "zh": {...}}}.
 */
record PropertyFile(Casino casino, List<Item> items) {

    record Casino(
            String id,
            @JsonProperty("display_name") String displayName,
            @JsonProperty("time_zone") String timeZone,
            String helpline,
            List<String> languages,
            @JsonProperty("sms_numbers") List<String> smsNumbers,
            Map<String, Boolean> features,
            Map<String, String> prompts,
            @JsonProperty("crisis_lines") List<CrisisLine> crisisLines,
            PageBranding branding,
            HostingFile hosting) {
    }

    /**
     * How the agent hosts: {@code hosting} in the file, snake_case, every field optional
     * ({@code {"persona": {"name": "Aria", "tone": "warm", "emoji": false}, "ai_disclosure": true,
     * "remember_guests": true, "occasion_offers": {"anniversary": {"en": "..."}}, "return_visits": true}}).
     */
    record HostingFile(
            PersonaFile persona,
            @JsonProperty("ai_disclosure") Boolean aiDisclosure,
            @JsonProperty("disclosure_waiver") String disclosureWaiver,
            Map<String, String> disclosures,
            @JsonProperty("remember_guests") Boolean rememberGuests,
            @JsonProperty("occasion_offers") Map<String, Map<String, String>> occasionOffers,
            @JsonProperty("return_visits") Boolean returnVisits) {

        Hosting toHosting() {
            Persona who = persona == null ? Persona.DEFAULT
                    : new Persona(persona.name(), Persona.Tone.parse(persona.tone()), Boolean.TRUE.equals(persona.emoji()));
            return new Hosting(who, !Boolean.FALSE.equals(aiDisclosure), disclosureWaiver, disclosures,
                    !Boolean.FALSE.equals(rememberGuests), occasionOffers, !Boolean.FALSE.equals(returnVisits));
        }
    }

    record PersonaFile(String name, String tone, Boolean emoji) { }

    /** The property's page: {@code branding} in the file, snake_case. */
    record PageBranding(
            @JsonProperty("primary_color") String primaryColor,
            @JsonProperty("accent_color") String accentColor,
            @JsonProperty("logo_url") String logoUrl,
            @JsonProperty("favicon_url") String faviconUrl,
            @JsonProperty("host_phone") String hostPhone,
            @JsonProperty("frame_origins") List<String> frameOrigins,
            Map<String, String> greetings,
            Map<String, List<String>> suggestions) {

        Branding toBranding() {
            return new Branding(primaryColor, accentColor, logoUrl, faviconUrl, hostPhone, frameOrigins, greetings, suggestions);
        }
    }

    record Item(
            String id,
            String category,
            String name,
            String description,
            String location,
            Map<String, String> hours,
            @JsonProperty("price_range") String priceRange,
            List<String> tags,
            Map<String, Translation> translations) {

        KnowledgeItem toItem(String casinoId) {
            Intent intent = Intent.fromWireName(category)
                    .orElseThrow(() -> new IllegalArgumentException("item '" + id + "' has unknown category '" + category + "'"));
            return new KnowledgeItem(id, casinoId, intent, name, orEmpty(description), orEmpty(location),
                    hours == null ? WeeklyHours.NONE : WeeklyHours.parse(hours), orEmpty(priceRange),
                    tags == null ? List.of() : tags, byLanguage());
        }

        private Map<GuestLanguage, ItemTranslation> byLanguage() {
            Map<GuestLanguage, ItemTranslation> byLanguage = new EnumMap<>(GuestLanguage.class);
            if (translations != null) {
                translations.forEach((code, translation) -> byLanguage.put(GuestLanguage.parse(code), translation.toTranslation()));
            }
            return byLanguage;
        }
    }

    /** One language's text of an item; a field left out is not translated. */
    record Translation(String name, String description, String location) {
        ItemTranslation toTranslation() {
            return new ItemTranslation(orEmpty(name), orEmpty(description), orEmpty(location));
        }
    }

    record Loaded(CasinoConfig config, List<KnowledgeItem> items) { }

    Loaded load() {
        if (casino == null || items == null) {
            throw new IllegalArgumentException("a property file needs 'casino' and 'items'");
        }
        CasinoConfig config = new CasinoConfig(casino.id(), casino.displayName(), ZoneId.of(casino.timeZone()),
                casino.helpline(), orEmpty(casino.languages()), orEmpty(casino.smsNumbers()),
                casino.features() == null ? Map.of() : casino.features(), casino.prompts() == null ? Map.of() : casino.prompts(),
                casino.crisisLines(), casino.branding() == null ? Branding.DEFAULT : casino.branding().toBranding(),
                casino.hosting() == null ? Hosting.DEFAULT : casino.hosting().toHosting());
        return new Loaded(config, items.stream().map(item -> item.toItem(config.id())).toList());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> orEmpty(List<String> value) {
        return value == null ? List.of() : value;
    }
}
