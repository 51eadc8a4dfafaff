package ai.heyseven.core.knowledge;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.model.Embedder;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the items of one casino that answer a question: BM25 over the words of the items' chunks
 * and, with an {@link Embedder}, cosine similarity of the chunks' embeddings, fused by Reciprocal
 * Rank Fusion, so a question that shares no word with the item ("somewhere to ease sore muscles"
 * → the spa) is still answered. Each casino has its own index, so one property's chunks can never
 * be returned for another.
 *
 * <p>Thread-safe: each casino's index is an immutable snapshot, replaced when the store's version
 * stamp moves — every instance notices a change without a restart. One thread rebuilds while the
 * others keep searching the previous snapshot. A rebuild re-chunks only items whose fingerprint
 * changed (their old chunks are purged) and embeds only chunks it has not embedded before.
 *
 * <p>Bounded by the number of casinos it is asked about; callers ask only about configured casinos.
 *
 * <p>Inside: {@code CasinoIndex} is one casino's snapshot, {@code IndexRebuild} builds the next one,
 * {@code CasinoSnapshots} decides when and swaps it in, {@code HybridFusion} ranks a snapshot's items.
 */
public final class KnowledgeIndex {
    private final int maxResults;
    private final CasinoSnapshots snapshots;
    private final HybridFusion fusion;

    /** A lexical-only index (BM25). */
    public KnowledgeIndex(KnowledgeStore store, int maxResults) {
        this(store, null, maxResults);
    }

    /** A hybrid index; {@code embedder} null means lexical only. */
    public KnowledgeIndex(KnowledgeStore store, Embedder embedder, int maxResults) {
        Objects.requireNonNull(store, "store");
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, got " + maxResults);
        }
        this.maxResults = maxResults;
        this.snapshots = new CasinoSnapshots(store, new IndexRebuild(store, embedder));
        this.fusion = new HybridFusion(embedder);
    }

    /** Builds the index of {@code casinoId} now (at start-up), rather than on a guest's first question. */
    public void warm(String casinoId) {
        warm(casinoId, Duration.ZERO);
    }

    /**
     * Builds the index of {@code casinoId} now, and while its embeddings fail (an embedder slow to
     * answer on a loaded machine) builds it again, for at most {@code patience}: a server that says
     * it is ready can then search by meaning from its first question. Past it, the index serves by
     * words only and embeds again a little later, as after any embedder failure.
     */
    public void warm(String casinoId, Duration patience) {
        snapshots.warm(casinoId, patience);
    }

    /**
     * Brings {@code casinoId}'s index up to the store's current version before returning, waiting
     * for a rebuild in progress: after a write, the next search here sees it.
     *
     * @throws BackendException when the store cannot be read
     */
    public void refresh(String casinoId) {
        snapshots.refresh(casinoId);
    }

    /** The items of {@code casinoId} that best answer {@code question}, best first; empty when nothing is relevant. */
    public List<KnowledgeItem> search(String casinoId, String question, Intent intent) {
        return search(casinoId, question, intent, Mode.HYBRID, maxResults);
    }

    /** As {@link #search(String, String, Intent)}, for at most {@code limit} items. */
    public List<KnowledgeItem> search(String casinoId, String question, Intent intent, int limit) {
        return search(casinoId, question, intent, Mode.HYBRID, limit);
    }

    /** As {@link #search(String, String, Intent, int)}, by one method alone or both: for the retrieval evaluation. */
    List<KnowledgeItem> search(String casinoId, String question, Intent intent, Mode mode, int limit) {
        return fusion.rank(snapshots.current(casinoId), question, intent, mode, limit);
    }

    /** Which ranking {@link #search} uses. */
    enum Mode { LEXICAL, DENSE, HYBRID }

    /** The item {@code itemId} of {@code casinoId}, if it exists. */
    public Optional<KnowledgeItem> item(String casinoId, String itemId) {
        return snapshots.current(casinoId).item(itemId);
    }

    /** Every item of {@code casinoId}'s current index, once each, in catalogue order. */
    public List<KnowledgeItem> items(String casinoId) {
        return snapshots.current(casinoId).items();
    }

    /** How many chunks {@code casinoId}'s current index holds. */
    public int chunkCount(String casinoId) {
        return snapshots.current(casinoId).chunks().size();
    }
}
