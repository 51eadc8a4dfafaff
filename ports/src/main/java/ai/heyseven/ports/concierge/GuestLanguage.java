package ai.heyseven.ports.concierge;

import java.util.Locale;
import java.util.Optional;

/**
 * A language a guest is answered in: the four Hey Seven speaks, by their ISO 639-1 code
 * ({@code en}, {@code es}, {@code pt}, {@code zh}), the form they take on the wire and in property files.
 */
public enum GuestLanguage {
    EN("en", "English"),
    ES("es", "Spanish"),
    PT("pt", "Portuguese"),
    ZH("zh", "Chinese (Simplified)");

    private final String code;
    private final String englishName;

    GuestLanguage(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /** The ISO 639-1 code, such as {@code es}. */
    public String code() {
        return code;
    }

    /** Its name in English, as a model is told to write in it ("Spanish"). */
    public String englishName() {
        return englishName;
    }

    /** The language of {@code code} ({@code es}, case-insensitive), if it is one of the four. */
    public static Optional<GuestLanguage> fromCode(String code) {
        for (GuestLanguage language : values()) {
            if (language.code.equals(code.toLowerCase(Locale.ROOT))) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of {@code code}, or an {@link IllegalArgumentException} naming it and the four codes. */
    public static GuestLanguage parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "'" + code + "' is not a language Hey Seven speaks (en, es, pt, zh)"));
    }
}
