package ai.heyseven.ports.desk;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A signed-in member of staff, or a staff API key.
 *
 * @param id stable and unique: the identity provider's issuer and subject, or {@code staff-key:<hash>}
 * @param name what guests and colleagues see ("Maria")
 * @param roles the roles held at each casino, by casino id
 */
public record StaffMember(String id, String name, Map<String, Set<StaffRole>> roles) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        roles = roles.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
    }

    public boolean holds(StaffRole role, String casinoId) {
        return roles.getOrDefault(casinoId, Set.of()).contains(role);
    }

    /** Whether this member may see {@code reason}'s cases at {@code casinoId}. */
    public boolean sees(CaseReason reason, String casinoId) {
        return reason.compliance() ? holds(StaffRole.COMPLIANCE, casinoId) : holds(StaffRole.HOST, casinoId);
    }
}
