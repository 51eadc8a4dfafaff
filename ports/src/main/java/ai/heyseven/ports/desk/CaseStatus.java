package ai.heyseven.ports.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A case's life: {@code open} → {@code claimed} (a host holds the conversation) → {@code resolved}. */
public enum CaseStatus {
    OPEN,
    CLAIMED,
    RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaseStatus> ofWireName(String wireName) {
        return Arrays.stream(values()).filter(status -> status.wireName().equals(wireName)).findFirst();
    }
}
