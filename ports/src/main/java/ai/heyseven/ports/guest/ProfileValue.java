package ai.heyseven.ports.guest;

import java.time.Instant;
import java.util.Objects;

/**
 * One field's value, where it came from and when.
 *
 * @param value at most {@value #MAX_LENGTH} characters
 */
public record ProfileValue(String value, Source source, Instant at) {
    public static final int MAX_LENGTH = 500;

    /** Who said it. */
    public enum Source {
        /** The guest told the agent. */
        GUEST,
        /** The casino's CRM. */
        CRM
    }

    public ProfileValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a profile value is 1 to " + MAX_LENGTH + " characters");
        }
    }
}
