package ai.heyseven.core.knowledge;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 fingerprints of knowledge: of a whole item (its version stamp, and the change hash that
 * lets a repeated CMS update be skipped) and of a chunk (its id). Equal content gives equal
 * hashes on every instance and after every restart.
 */
final class ContentHash {
    /** Separates fields so that moving text from one field to the next changes the hash. */
    private static final char SEPARATOR = '\u001f';

    private ContentHash() {
    }

    /** The fingerprint of everything an item says: any change to any field changes it. */
    static String of(KnowledgeItem item) {
        StringBuilder canonical = new StringBuilder(256)
                .append(item.casinoId()).append(SEPARATOR)
                .append(item.id()).append(SEPARATOR)
                .append(item.category().wireName()).append(SEPARATOR)
                .append(item.name()).append(SEPARATOR)
                .append(item.description()).append(SEPARATOR)
                .append(item.location()).append(SEPARATOR)
                .append(item.priceRange()).append(SEPARATOR);
        Map<String, String> hours = new TreeMap<>();
        item.hours().days().forEach((day, span) -> hours.put(Integer.toString(day.getValue()), span.toString()));
        canonical.append(hours).append(SEPARATOR).append(String.join(String.valueOf(SEPARATOR), item.tags()));
        return sha256(canonical.toString());
    }

    /** The id of a chunk: a hash of its casino, its item and its content. */
    static String chunkId(String casinoId, String itemId, String content) {
        return sha256(casinoId + SEPARATOR + itemId + SEPARATOR + content);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
