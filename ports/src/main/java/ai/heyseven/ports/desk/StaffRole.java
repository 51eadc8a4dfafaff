package ai.heyseven.ports.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a member of staff may do at a casino. A host works the cases of guests; compliance sees
 * compliance cases and consent chains; an admin loads and edits the property's items.
 */
public enum StaffRole {
    HOST,
    COMPLIANCE,
    ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StaffRole> ofWireName(String wireName) {
        return Arrays.stream(values()).filter(role -> role.wireName().equals(wireName)).findFirst();
    }
}
