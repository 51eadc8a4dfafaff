package ai.heyseven.ports.knowledge;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The hours of one day: {@code opens} to {@code closes}. A closing time at or before the opening
 * time means after midnight ({@code 18:00-02:00}); equal times mean open around the clock. A closing
 * time of {@code 24:00}, as CMSs write the end of the day, is midnight ({@code 10:00-24:00} is
 * {@code 10:00-00:00}).
 */
public record OpenSpan(LocalTime opens, LocalTime closes) {

    public OpenSpan {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }

    /** The end of the day as CMSs write it; only a closing time may be it. */
    private static final String END_OF_DAY = "24:00";

    /** Parses {@code HH:mm-HH:mm} (closing at {@code 24:00} allowed) or {@code 24h}. */
    public static OpenSpan parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.equalsIgnoreCase("24h")) {
            return new OpenSpan(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        int dash = trimmed.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("hours '" + text + "' are not HH:mm-HH:mm or 24h");
        }
        try {
            String closes = trimmed.substring(dash + 1).strip();
            return new OpenSpan(LocalTime.parse(trimmed.substring(0, dash).strip()),
                    closes.equals(END_OF_DAY) ? LocalTime.MIDNIGHT : LocalTime.parse(closes));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("hours '" + text + "' are not HH:mm-HH:mm or 24h", e);
        }
    }

    /** Whether this span is open around the clock. */
    public boolean aroundTheClock() {
        return opens.equals(closes);
    }

    /** Whether it closes after midnight, on the next calendar day. */
    public boolean closesNextDay() {
        return !aroundTheClock() && !closes.isAfter(opens);
    }

    @Override
    public String toString() {
        return aroundTheClock() ? "24h" : opens + "-" + closes;
    }
}
