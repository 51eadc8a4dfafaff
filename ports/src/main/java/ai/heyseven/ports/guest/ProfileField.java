package ai.heyseven.ports.guest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fields of a guest profile, with the names they carry in storage and on the wire. */
public enum ProfileField {
    NAME,
    LANGUAGE,
    PARTY_SIZE,
    DIETARY,
    FAVOURITE_GAMES,
    FAVOURITE_SHOWS,
    VISIT_NOTES;

    /** {@code party_size} for {@link #PARTY_SIZE}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProfileField> fromWire(String name) {
        return Arrays.stream(values()).filter(field -> field.wireName().equals(name)).findFirst();
    }
}
