package ai.heyseven.ports.comps;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An occasion a comp policy may reward with a multiplier. */
public enum Occasion {
    BIRTHDAY, ANNIVERSARY;

    /** {@code anniversary} for {@link #ANNIVERSARY}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Occasion> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(occasion -> occasion.wireName().equals(wireName)).findFirst();
    }
}
