package ai.heyseven.ports.concierge;

import java.util.Locale;
import java.util.Optional;

/** What the guest asks about; decides the route through the agent graph. */
public enum Intent {
    GREETING, DINING, ENTERTAINMENT, HOTEL, GAMING, AMENITIES, PROMOTIONS, LOYALTY, GENERAL, OFF_TOPIC;

    /** The snake_case name used on the wire ({@code off_topic}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The intent a wire name denotes, if any. */
    public static Optional<Intent> fromWireName(String wireName) {
        for (Intent intent : values()) {
            if (intent.wireName().equals(wireName)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }

    /** Whether knowledge items may carry this intent as their category ({@code dining} to {@code loyalty}). */
    public boolean isItemCategory() {
        return ordinal() >= DINING.ordinal() && ordinal() <= LOYALTY.ordinal();
    }
}
