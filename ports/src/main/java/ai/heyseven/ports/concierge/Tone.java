package ai.heyseven.ports.concierge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the guest sounds in a message, as the router read it (the model's verdict when it gave one,
 * else the agent's own phrase families in the four languages). Anything but {@link #NEUTRAL} means
 * the reply acknowledges first, stays short and sells nothing.
 */
public enum Tone {
    NEUTRAL,
    FRUSTRATED,
    ANGRY,
    SARCASTIC,
    GRIEVING;

    /** Frustrated, angry or sarcastic: the tones that count towards a {@code frustrated} desk case. */
    public boolean upset() {
        return this == FRUSTRATED || this == ANGRY || this == SARCASTIC;
    }

    /** The name in model answers and the API: {@code neutral}, {@code frustrated}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tone of a wire name; empty for an unknown one. */
    public static Optional<Tone> fromWireName(String wire) {
        return Arrays.stream(values()).filter(tone -> tone.wireName().equals(wire)).findFirst();
    }
}
