package ai.heyseven.core.knowledge;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.EmbedderException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a casino's next {@link CasinoIndex} from its previous one: re-chunks only items whose
 * fingerprint changed (the old chunks of a changed or deleted item are purged) and embeds only
 * chunks not embedded before. Stateless beyond its store and embedder, so callers decide when to
 * rebuild and which snapshot to swap out.
 */
final class IndexRebuild {
    /** Logged as {@link KnowledgeIndex}, the name operators already filter on. */
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);

    private final KnowledgeStore store;
    private final Embedder embedder;

    /** {@code embedder} null means lexical only. */
    IndexRebuild(KnowledgeStore store, Embedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    /** Whether a snapshot built here should have vectors (there is an embedder). */
    boolean embeds() {
        return embedder != null;
    }

    /** The index of {@code casinoId}'s items at {@code version}, reusing what {@code previous} (may be null) already holds. */
    CasinoIndex rebuild(String casinoId, long version, CasinoIndex previous) {
        long started = System.nanoTime();
        List<KnowledgeItem> items = store.items(casinoId);
        Map<String, List<Chunk>> previousByItem = new HashMap<>();
        if (previous != null) {
            previous.chunks().forEach(chunk -> previousByItem.computeIfAbsent(chunk.item().id(), id -> new ArrayList<>()).add(chunk));
        }
        Map<String, List<Chunk>> byItem = new LinkedHashMap<>();
        int rechunked = 0;
        for (KnowledgeItem item : items) {
            List<Chunk> old = previousByItem.get(item.id());
            if (old != null && isCurrent(old.get(0), item)) {
                byItem.put(item.id(), old);
            } else {
                byItem.put(item.id(), Chunker.chunks(item));
                rechunked++;
            }
        }
        List<Chunk> chunks = byItem.values().stream().flatMap(List::stream).toList();
        DenseVectors vectors = vectors(casinoId, chunks, previous);
        CasinoIndex rebuilt = new CasinoIndex(version, chunks, vectors, System.nanoTime());
        int purged = previous == null ? 0 : (int) previous.chunks().stream()
                .filter(chunk -> byItem.getOrDefault(chunk.item().id(), List.of()).stream().noneMatch(kept -> kept == chunk))
                .count();
        LOG.info("indexed knowledge of {} at version {}: {} items, {} chunks ({} items re-chunked, {} old chunks purged, {} embedded) in {} ms",
                casinoId, version, items.size(), chunks.size(), rechunked, purged, vectors == null ? 0 : vectors.embedded(),
                (System.nanoTime() - started) / 1_000_000);
        return rebuilt;
    }

    /** Whether {@code chunk} was cut from {@code item}'s current version (an equal item needs no fingerprint). */
    private static boolean isCurrent(Chunk chunk, KnowledgeItem item) {
        return chunk.item().equals(item) || chunk.itemVersion().equals(ContentHash.of(item));
    }

    /** The chunks' vectors, or null (lexical only) without an embedder or when it fails — retried a little later. */
    private DenseVectors vectors(String casinoId, List<Chunk> chunks, CasinoIndex previous) {
        if (embedder == null) {
            return null;
        }
        try {
            return DenseVectors.of(chunks, previous == null ? null : previous.dense(), previous == null ? List.of() : previous.chunks(),
                    embedder);
        } catch (EmbedderException e) {
            LOG.warn("embedding the knowledge of {} failed, searching it by words only until a retry: {}", casinoId, e.getMessage());
            return null;
        }
    }
}
