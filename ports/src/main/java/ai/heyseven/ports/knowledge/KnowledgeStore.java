package ai.heyseven.ports.knowledge;

import java.util.List;

/** Where a property's knowledge items are kept. */
public interface KnowledgeStore {

    /** Every item of {@code casinoId}; empty for a casino with none. */
    List<KnowledgeItem> items(String casinoId);

    /**
     * A stamp that changes whenever {@code casinoId}'s items change, so an index built from them can
     * notice and rebuild.
     */
    long version(String casinoId);
}
