package ai.heyseven.core.knowledge;

import ai.heyseven.ports.Sha256;
import ai.heyseven.ports.knowledge.KnowledgeItem;
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
        // only an item with translations says more, so the hashes of the others stay as they were
        item.translations().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(translation -> canonical
                .append(SEPARATOR).append(translation.getKey().code())
                .append(SEPARATOR).append(translation.getValue().name())
                .append(SEPARATOR).append(translation.getValue().description())
                .append(SEPARATOR).append(translation.getValue().location()));
        return Sha256.hex(canonical.toString());
    }

    /** The id of a chunk: a hash of its casino, its item and its content. */
    static String chunkId(String casinoId, String itemId, String content) {
        return Sha256.hex(casinoId + SEPARATOR + itemId + SEPARATOR + content);
    }
}
