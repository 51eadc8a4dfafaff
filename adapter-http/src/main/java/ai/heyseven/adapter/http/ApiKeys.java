package ai.heyseven.adapter.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The valid API keys: fleet-wide ({@code key}) or scoped to one casino ({@code key@casino_id}).
 * Several may be valid at once, so a key can be rotated. A presented key is compared with every
 * configured key in constant time (digests compared with {@link MessageDigest#isEqual}), with no
 * early exit that would tell an attacker how close a guess came.
 */
public final class ApiKeys {
    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("at least one API key is needed");
        }
        this.entries = List.copyOf(entries);
    }

    /** Parses {@code HEYSEVEN_API_KEYS}: keys separated by commas (or, in a key file, by line breaks). */
    public static ApiKeys parse(String csv) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : csv.split("[,\\s]+")) {
            String token = raw.strip();
            if (token.isEmpty()) {
                continue;
            }
            int at = token.lastIndexOf('@');
            String key = at < 0 ? token : token.substring(0, at);
            String casino = at < 0 ? null : token.substring(at + 1);
            if (key.length() < 8 || (casino != null && casino.isEmpty())) {
                throw new IllegalArgumentException("every API key needs at least 8 characters, and a casino after '@' when scoped");
            }
            entries.add(new Entry(digest(key), casino, keyId(digest(key))));
        }
        return new ApiKeys(entries);
    }

    /** The key's scope, if {@code presented} is valid: a casino id, or empty for a fleet-wide key. */
    Optional<Scope> authenticate(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = digest(presented);
        Scope match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), candidate)) {
                match = new Scope(entry.casinoId(), entry.keyId());
            }
        }
        return Optional.ofNullable(match);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** A short, stable name of a key for rate limits and logs: never the key itself. */
    private static String keyId(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    private record Entry(byte[] digest, String casinoId, String keyId) { }

    /**
     * What a valid key may touch: one casino, or every casino when {@code casinoId} is null.
     *
     * @param keyId a short digest of the key, safe to store and log
     */
    record Scope(String casinoId, String keyId) {
        boolean allows(String casino) {
            return casinoId == null || casinoId.equals(casino);
        }
    }
}
