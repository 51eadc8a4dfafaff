package ai.heyseven.ports.casino;

import java.util.Locale;
import java.util.Objects;

/**
 * Who the agent is at a property: the name it gives, its tone and whether it uses emoji. Every
 * reply of the agent speaks as the persona; guardrail, crisis and refusal replies never do (they
 * stay plain and the same at every property).
 *
 * @param name the name the agent introduces itself with (1 to {@value #MAX_NAME_LENGTH} characters)
 * @param tone how it speaks
 * @param emoji whether a reply may carry one emoji
 */
public record Persona(String name, Tone tone, boolean emoji) {
    public static final int MAX_NAME_LENGTH = 40;
    /** Hey Seven's own persona: Seven, warm, no emoji. */
    public static final Persona DEFAULT = new Persona("Seven", Tone.WARM, false);

    /** How the persona speaks. */
    public enum Tone {
        /** Friendly and personal. */
        WARM,
        /** Courteous and reserved. */
        FORMAL,
        /** Light and upbeat. */
        PLAYFUL;

        /** {@code warm} for {@link #WARM}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The tone named {@code name} ({@code formal}); {@link #WARM} for null or blank. */
        public static Tone parse(String name) {
            if (name == null || name.isBlank()) {
                return WARM;
            }
            for (Tone tone : values()) {
                if (tone.wireName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return tone;
                }
            }
            throw new IllegalArgumentException("persona tone '" + name + "' is not one of warm, formal, playful");
        }
    }

    public Persona {
        name = name == null || name.isBlank() ? DEFAULT.name : name.strip();
        tone = Objects.requireNonNullElse(tone, Tone.WARM);
        if (name.length() > MAX_NAME_LENGTH || !name.matches("[\\p{L}\\p{N} .'-]+")) {
            throw new IllegalArgumentException("persona name '" + name + "' must be 1 to " + MAX_NAME_LENGTH
                    + " letters, digits, spaces, dots, dashes or apostrophes");
        }
    }
}
