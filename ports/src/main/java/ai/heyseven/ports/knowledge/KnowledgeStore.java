package ai.heyseven.ports.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a property's knowledge items are kept. Writes come from ingestion (the CMS webhook);
 * readers rebuild their index when {@link #version} moves.
 *
 * <p>Every method answers within the store's own timeout or throws {@link KnowledgeStoreException}.
 */
public interface KnowledgeStore {

    /** Every item of {@code casinoId}; empty for a casino with none. */
    List<KnowledgeItem> items(String casinoId);

    /**
     * A stamp that changes whenever {@code casinoId}'s items change, so an index built from them can
     * notice and rebuild.
     */
    long version(String casinoId);

    /**
     * Stores {@code item} in place of the one with its id, unless the stored one says it was
     * updated after {@code updatedAt} — the compare and the write are one atomic step, so two
     * instances receiving the same two updates in either order keep the newer. Moves the version
     * stamp when it stores.
     *
     * @param updatedAt when the source changed the item; empty when it did not say (always stored)
     * @return whether it was stored; {@code false} when a newer one is already there
     */
    boolean upsert(KnowledgeItem item, Optional<Instant> updatedAt);

    /**
     * Removes the item; moves the version stamp when there was one.
     *
     * @return whether there was one
     */
    boolean delete(String casinoId, String itemId);
}
