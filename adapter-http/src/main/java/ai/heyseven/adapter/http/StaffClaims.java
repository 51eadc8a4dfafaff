package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a member of staff from a validated ID token: the id is the issuer and subject, the name the
 * {@code name} claim (else {@code preferred_username}, else the subject), the roles the configured
 * claim's {@code role@casino_id} values (a list, or one string separated by spaces or commas).
 * Values it does not understand are ignored: they give no access.
 */
final class StaffClaims {
    private static final int MAX_ROLES = 200;
    private static final int MAX_NAME = 120;

    private final String rolesClaim;

    StaffClaims(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    StaffMember member(IDTokenClaimsSet claims) {
        String subject = claims.getSubject().getValue();
        String name = firstNonBlank(claims.getStringClaim("name"), claims.getStringClaim("preferred_username"), subject);
        return new StaffMember(claims.getIssuer().getValue() + "#" + subject,
                name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name, roles(claims.getClaim(rolesClaim)));
    }

    static Map<String, Set<StaffRole>> roles(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        } else if (claim instanceof String text) {
            values.addAll(List.of(text.split("[,\\s]+")));
        }
        Map<String, Set<StaffRole>> roles = new TreeMap<>();
        values.stream().limit(MAX_ROLES).forEach(value -> {
            int at = value.indexOf('@');
            if (at > 0 && at < value.length() - 1) {
                StaffRole.ofWireName(value.substring(0, at).strip()).ifPresent(role -> roles
                        .computeIfAbsent(value.substring(at + 1).strip(), casino -> EnumSet.noneOf(StaffRole.class)).add(role));
            }
        });
        return roles;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "staff";
    }
}
