package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.knowledge.WeeklyHours;
import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.EmbedderException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fusion logic of hybrid retrieval, with an embedder whose vectors are written down (one axis
 * per topic), so the test checks the fusion rather than a model. The real model runs in
 * adapter-local's and app's tests.
 */
class HybridRetrievalTest {
    private static final KnowledgeItem SPA = item("spa", Intent.AMENITIES, "Serenity Spa", "Massages, facials and sauna");
    private static final KnowledgeItem STEAK = item("steak", Intent.DINING, "Ember Steakhouse", "Dry-aged steaks");
    private static final KnowledgeItem POOL = item("pool", Intent.AMENITIES, "Oasis Pool", "Heated pools");

    private static KnowledgeItem item(String id, Intent category, String name, String description) {
        return new KnowledgeItem(id, "c", category, name, description, "", WeeklyHours.NONE, "", List.of());
    }

    /** Vectors by topic: relaxation, food, water. */
    private static final Map<String, float[]> TOPICS = Map.of(
            "relax", new float[] {1, 0, 0}, "massage", new float[] {1, 0, 0}, "steak", new float[] {0, 1, 0},
            "pool", new float[] {0, 0, 1});

    private final Embedder embedder = new Embedder() {
        @Override
        public int dimensions() {
            return 3;
        }

        @Override
        public float[] embed(String text) {
            String lower = text.toLowerCase();
            if (lower.contains("fail")) {
                throw new EmbedderException("down", null);
            }
            float[] v = new float[] {0.01f, 0.01f, 0.01f};
            TOPICS.forEach((word, axis) -> {
                if (lower.contains(word)) {
                    for (int i = 0; i < 3; i++) {
                        v[i] += axis[i];
                    }
                }
            });
            return v;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            batches.add(texts.size());
            if (slowAtFirst.getAndDecrement() > 0) {
                throw new EmbedderException("embedding took longer than 2000 ms", null);
            }
            return texts.stream().map(this::embed).toList();
        }
    };

    /** How many batches fail before the embedder keeps up, as on a machine busy at start-up. */
    private final AtomicInteger slowAtFirst = new AtomicInteger();

    /** The size of each batch the index asked the embedder for. */
    private final List<Integer> batches = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final KnowledgeStore store = store(SPA, STEAK, POOL);

    static KnowledgeStore store(KnowledgeItem... items) {
        InMemoryKnowledgeStore store = new InMemoryKnowledgeStore(1_000);
        for (KnowledgeItem item : items) {
            store.upsert(item, Optional.empty());
        }
        return store;
    }

    @Test
    void findsAnItemThatSharesNoWordWithTheQuestion() {
        KnowledgeIndex hybrid = new KnowledgeIndex(store, embedder, 4);
        KnowledgeIndex lexical = new KnowledgeIndex(store, 4);
        String question = "somewhere to relax";
        assertEquals(List.of(), lexical.search("c", question, Intent.GENERAL));
        assertEquals("spa", hybrid.search("c", question, Intent.GENERAL).get(0).id());
    }

    @Test
    void agreeingRankingsPutTheItemFirst() {
        assertEquals("steak", new KnowledgeIndex(store, embedder, 4).search("c", "a steak dinner", Intent.DINING).get(0).id());
    }

    @Test
    void aFailingEmbedderFallsBackToWords() {
        List<KnowledgeItem> found = new KnowledgeIndex(store, embedder, 4).search("c", "fail: steak", Intent.DINING);
        assertTrue(found.stream().anyMatch(item -> item.id().equals("steak")));
    }

    @Test
    void aStartUpWarmUpWaitsForAnEmbedderSlowAtFirstSoTheFirstQuestionIsSearchedByMeaning() {
        slowAtFirst.set(2);
        KnowledgeIndex index = new KnowledgeIndex(store, embedder, 4);
        index.warm("c", Duration.ofSeconds(30));
        assertEquals("spa", index.search("c", "somewhere to relax", Intent.GENERAL).get(0).id());
    }

    @Test
    void aWarmUpWithoutPatienceServesByWordsUntilALaterRetry() {
        slowAtFirst.set(1);
        KnowledgeIndex index = new KnowledgeIndex(store, embedder, 4);
        index.warm("c", Duration.ZERO);
        assertEquals(List.of(), index.search("c", "somewhere to relax", Intent.GENERAL), "by words only for now");
    }

    @Test
    void embedsInBoundedBatchesAndAfterAChangeOnlyTheChangedItem() {
        InMemoryKnowledgeStore many = new InMemoryKnowledgeStore(1_000);
        for (int i = 0; i < 100; i++) {
            many.upsert(item("pool-" + i, Intent.AMENITIES, "Pool " + i, "Heated pool number " + i), Optional.empty());
        }
        KnowledgeIndex index = new KnowledgeIndex(many, embedder, 4);
        index.warm("c");
        assertEquals(100, batches.stream().mapToInt(Integer::intValue).sum());
        assertTrue(batches.stream().allMatch(size -> size <= DenseVectors.BATCH), batches.toString());
        batches.clear();
        many.upsert(item("pool-7", Intent.AMENITIES, "Pool 7", "Now with a massage cabana"), Optional.empty());
        assertEquals("pool-7", index.search("c", "massage", Intent.GENERAL).get(0).id());
        assertEquals(List.of(1), batches.subList(0, 1), "only the changed item's chunk is embedded again");
    }
}
