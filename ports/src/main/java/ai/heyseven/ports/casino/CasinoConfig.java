package ai.heyseven.ports.casino;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One property's configuration.
 *
 * @param id the casino id used on the wire ({@code aurora-palms})
 * @param displayName the name guests see
 * @param timeZone the property's time zone; every "open now" or "tonight" is computed in it
 * @param helpline the responsible-gaming helpline guests are given
 * @param languages the languages the property serves, as ISO 639-1 codes
 * @param smsNumbers the E.164 numbers guests text
 * @param features feature flags by name
 * @param prompts the property's own words for a specialist, by {@link #PROMPT_KEYS key}: they replace
 *     that specialist's role line, never the rules every answer keeps (answer from the items only)
 * @param crisisLines the lines a guest in crisis (self-harm, suicidal intent, immediate danger) is given;
 *     {@link CrisisLine#US} when none are configured
 * @param branding how the property's chat page looks and which sites may embed it; {@link Branding#DEFAULT} when none
 * @param hosting the agent's persona, AI disclosure, guest memory, occasion incentives and return visits;
 *     {@link Hosting#DEFAULT} when none
 */
public record CasinoConfig(
        String id,
        String displayName,
        ZoneId timeZone,
        String helpline,
        List<String> languages,
        List<String> smsNumbers,
        Map<String, Boolean> features,
        Map<String, String> prompts,
        List<CrisisLine> crisisLines,
        Branding branding,
        Hosting hosting) {

    /** The helpline used when a property configures none. */
    public static final String DEFAULT_HELPLINE = "1-800-GAMBLER";
    /** The specialists whose role line a property may word itself. */
    public static final List<String> PROMPT_KEYS = List.of("dining", "entertainment", "hotel", "gaming", "general");
    /** The longest prompt override. */
    public static final int MAX_PROMPT_LENGTH = 1_000;

    /** A configuration without prompt overrides. */
    public CasinoConfig(String id, String displayName, ZoneId timeZone, String helpline, List<String> languages,
            List<String> smsNumbers, Map<String, Boolean> features) {
        this(id, displayName, timeZone, helpline, languages, smsNumbers, features, Map.of());
    }

    /** A configuration with the default crisis lines. */
    public CasinoConfig(String id, String displayName, ZoneId timeZone, String helpline, List<String> languages,
            List<String> smsNumbers, Map<String, Boolean> features, Map<String, String> prompts) {
        this(id, displayName, timeZone, helpline, languages, smsNumbers, features, prompts, List.of());
    }

    /** A configuration with Hey Seven's own look on its page. */
    public CasinoConfig(String id, String displayName, ZoneId timeZone, String helpline, List<String> languages,
            List<String> smsNumbers, Map<String, Boolean> features, Map<String, String> prompts, List<CrisisLine> crisisLines) {
        this(id, displayName, timeZone, helpline, languages, smsNumbers, features, prompts, crisisLines, Branding.DEFAULT);
    }

    /** A configuration with Hey Seven's default hosting (Seven, AI disclosed, guests remembered). */
    public CasinoConfig(String id, String displayName, ZoneId timeZone, String helpline, List<String> languages,
            List<String> smsNumbers, Map<String, Boolean> features, Map<String, String> prompts, List<CrisisLine> crisisLines,
            Branding branding) {
        this(id, displayName, timeZone, helpline, languages, smsNumbers, features, prompts, crisisLines, branding, Hosting.DEFAULT);
    }

    public CasinoConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(timeZone, "timeZone");
        helpline = helpline == null || helpline.isBlank() ? DEFAULT_HELPLINE : helpline;
        languages = List.copyOf(languages);
        smsNumbers = List.copyOf(smsNumbers);
        features = Map.copyOf(features);
        prompts = Map.copyOf(prompts);
        branding = branding == null ? Branding.DEFAULT : branding;
        hosting = hosting == null ? Hosting.DEFAULT : hosting;
        crisisLines = crisisLines == null || crisisLines.isEmpty() ? CrisisLine.US : List.copyOf(crisisLines);
        if (crisisLines.size() > CrisisLine.MAX_LINES) {
            throw new IllegalArgumentException("at most " + CrisisLine.MAX_LINES + " crisis lines, got " + crisisLines.size());
        }
        prompts.forEach((key, text) -> {
            if (!PROMPT_KEYS.contains(key)) {
                throw new IllegalArgumentException("prompt '" + key + "' is not one of " + PROMPT_KEYS);
            }
            if (text.isBlank() || text.length() > MAX_PROMPT_LENGTH) {
                throw new IllegalArgumentException("prompt '" + key + "' must be 1 to " + MAX_PROMPT_LENGTH + " characters");
            }
        });
        if (!id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("casino id '" + id + "' must be lowercase letters, digits and dashes");
        }
    }

    /** The property's own role line for the specialist {@code key}, if it words one. */
    public java.util.Optional<String> prompt(String key) {
        return java.util.Optional.ofNullable(prompts.get(key));
    }

    /** Whether the feature flag {@code name} is on (off when absent). */
    public boolean feature(String name) {
        return features.getOrDefault(name, false);
    }
}
