package ai.heyseven.ports.comps;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a comp is: a room night, a dining credit, show tickets or free play. */
public enum CompKind {
    ROOM_NIGHT, DINING_CREDIT, SHOW_TICKETS, FREE_PLAY;

    /** {@code room_night} for {@link #ROOM_NIGHT}: the name in policy files, documents and the audit trail. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CompKind> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equals(wireName)).findFirst();
    }
}
