package ai.heyseven.ports.guest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a casino knows about one guest, field by field. */
public record GuestProfile(String casinoId, String guestId, Map<ProfileField, ProfileValue> fields) {

    public GuestProfile {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(guestId, "guestId");
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
    }

    public Optional<ProfileValue> get(ProfileField field) {
        return Optional.ofNullable(fields.get(field));
    }
}
