package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The staff API keys, for automation: {@code HEYSEVEN_STAFF_KEYS} is {@code role:key@casino_id}
 * entries separated by commas (or line breaks in a key file). A key named several times holds every
 * role it is given, at every casino it is given, as one member ({@code staff-key:<hash>}). A
 * presented key is compared with every configured key in constant time, as {@link ApiKeys} does.
 */
public final class StaffKeys {
    private static final StaffKeys NONE = new StaffKeys(List.of());

    private final List<Entry> entries;

    private StaffKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No staff key: staff sign in through the identity provider only. */
    public static StaffKeys none() {
        return NONE;
    }

    /** Parses {@code HEYSEVEN_STAFF_KEYS}; a malformed entry is refused with a message that never quotes a key. */
    public static StaffKeys parse(String csv) {
        Map<String, Map<String, Set<StaffRole>>> rolesByKey = new LinkedHashMap<>();
        int position = 0;
        for (String raw : csv.split("[,\\s]+")) {
            String token = raw.strip();
            if (token.isEmpty()) {
                continue;
            }
            position++;
            int entry = position;
            int colon = token.indexOf(':');
            int at = token.lastIndexOf('@');
            if (colon <= 0 || at <= colon + 1 || at == token.length() - 1) {
                throw new IllegalArgumentException("staff key " + position + " must be role:key@casino_id");
            }
            String roleName = token.substring(0, colon);
            StaffRole role = StaffRole.ofWireName(roleName).orElseThrow(() -> new IllegalArgumentException(
                    "staff key " + entry + " names the role '" + roleName + "'; roles are host, compliance, admin"));
            String key = token.substring(colon + 1, at);
            if (key.length() < 16) {
                throw new IllegalArgumentException("staff key " + position + " needs a key of at least 16 characters");
            }
            rolesByKey.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(token.substring(at + 1), casino -> EnumSet.noneOf(StaffRole.class)).add(role);
        }
        return new StaffKeys(rolesByKey.entrySet().stream().map(entry -> entry(entry.getKey(), entry.getValue())).toList());
    }

    /** The member a valid {@code presented} key stands for. */
    Optional<StaffMember> authenticate(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = digest(presented);
        StaffMember match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), candidate)) {
                match = entry.member();
            }
        }
        return Optional.ofNullable(match);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    private static Entry entry(String key, Map<String, Set<StaffRole>> roles) {
        byte[] digest = digest(key);
        String roleNames = roles.values().stream().flatMap(Set::stream).distinct().sorted().map(StaffRole::wireName)
                .collect(Collectors.joining(", "));
        return new Entry(digest, new StaffMember("staff-key:" + HexFormat.of().formatHex(digest, 0, 8), "automation (" + roleNames + ")", roles));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private record Entry(byte[] digest, StaffMember member) { }
}
