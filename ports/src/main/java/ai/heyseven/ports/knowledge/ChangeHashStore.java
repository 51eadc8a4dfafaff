package ai.heyseven.ports.knowledge;

import java.util.Optional;

/**
 * The content hash of each knowledge item as last ingested, so a CMS update with unchanged
 * content is skipped by every instance. Store a hash only after the item was ingested.
 */
public interface ChangeHashStore {

    /** The hash recorded for the item, if any. */
    Optional<String> hash(String casinoId, String itemId);

    /** Records the item's hash, replacing any earlier one. */
    void put(String casinoId, String itemId, String hash);

    /** Forgets the item's hash (the item was deleted). */
    void remove(String casinoId, String itemId);
}
