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
 */
public record CasinoConfig(
        String id,
        String displayName,
        ZoneId timeZone,
        String helpline,
        List<String> languages,
        List<String> smsNumbers,
        Map<String, Boolean> features) {

    /** The helpline used when a property configures none. */
    public static final String DEFAULT_HELPLINE = "1-800-GAMBLER";

    public CasinoConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(timeZone, "timeZone");
        helpline = helpline == null || helpline.isBlank() ? DEFAULT_HELPLINE : helpline;
        languages = List.copyOf(languages);
        smsNumbers = List.copyOf(smsNumbers);
        features = Map.copyOf(features);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("casino id '" + id + "' must be lowercase letters, digits and dashes");
        }
    }

    /** Whether the feature flag {@code name} is on (off when absent). */
    public boolean feature(String name) {
        return features.getOrDefault(name, false);
    }
}
