package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.embedding.LocalEmbedder;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.model.IntentClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Retrieval quality on questions we wrote over the two sample properties ({@code retrieval/questions.tsv}),
 * in English and Spanish, with paraphrases that share no content word with the item: recall@5
 * and MRR@5 for BM25 alone, dense alone and hybrid, with the real bundled model. Fails when hybrid
 * recall@5 is under {@value #MIN_HYBRID_RECALL}.
 */
@DisplayName("Retrieval evaluation on the labelled questions")
class RetrievalEvaluationTest {
    static final double MIN_HYBRID_RECALL = 0.90;
    private static final int K = 5;

    private static LocalEmbedder embedder;
    private static KnowledgeIndex index;
    private static final IntentClassifier ROUTER = Concierges.keywordRouter();

    record Question(String casino, String language, String kind, Set<String> expected, String text) { }

    @BeforeAll
    static void load() {
        embedder = LocalEmbedder.load(2, 64, Duration.ofSeconds(10));
        index = new KnowledgeIndex(InMemoryKnowledgeStore.seededFrom(PropertyFiles.bundled(), 1_000), embedder, K);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void hybridRecallAtFiveMeetsTheBar() throws IOException {
        List<Question> questions = questions();
        assertTrue(questions.size() >= 150, "at least 150 questions, got " + questions.size());
        Map<KnowledgeIndex.Mode, Score> overall = new EnumMap<>(KnowledgeIndex.Mode.class);
        Map<String, Map<KnowledgeIndex.Mode, Score>> byGroup = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Question question : questions) {
            Intent intent = ROUTER.classify(question.text()).intent();
            for (KnowledgeIndex.Mode mode : KnowledgeIndex.Mode.values()) {
                List<KnowledgeItem> found = index.search(question.casino(), question.text(), intent, mode, K);
                int rank = rank(found, question.expected());
                overall.computeIfAbsent(mode, m -> new Score()).add(rank);
                byGroup.computeIfAbsent(question.language() + " " + question.kind(), g -> new EnumMap<>(KnowledgeIndex.Mode.class))
                        .computeIfAbsent(mode, m -> new Score()).add(rank);
                if (mode == KnowledgeIndex.Mode.HYBRID && rank == 0) {
                    misses.add(question.casino() + " [" + question.language() + "] " + question.text() + " → expected "
                            + question.expected() + ", got " + found.stream().map(KnowledgeItem::id).toList());
                }
            }
        }
        StringBuilder table = new StringBuilder("\nRetrieval evaluation: " + questions.size() + " questions, recall@" + K + " / MRR@" + K + "\n");
        table.append(String.format(Locale.ROOT, "%-16s %6s %16s %16s %16s%n", "group", "n", "BM25", "dense", "hybrid"));
        byGroup.forEach((group, scores) -> table.append(row(group, scores)));
        table.append(row("all", overall));
        misses.forEach(miss -> table.append("  hybrid miss: ").append(miss).append('\n'));
        System.out.println(table);
        double recall = overall.get(KnowledgeIndex.Mode.HYBRID).recall();
        assertTrue(recall >= MIN_HYBRID_RECALL, String.format(Locale.ROOT, "hybrid recall@%d %.3f < %.2f%s", K, recall, MIN_HYBRID_RECALL, table));
    }

    private static String row(String group, Map<KnowledgeIndex.Mode, Score> scores) {
        Score lexical = scores.get(KnowledgeIndex.Mode.LEXICAL);
        Score dense = scores.get(KnowledgeIndex.Mode.DENSE);
        Score hybrid = scores.get(KnowledgeIndex.Mode.HYBRID);
        return String.format(Locale.ROOT, "%-16s %6d %7.3f / %6.3f %7.3f / %6.3f %7.3f / %6.3f%n", group, hybrid.count,
                lexical.recall(), lexical.mrr(), dense.recall(), dense.mrr(), hybrid.recall(), hybrid.mrr());
    }

    /** The 1-based rank of the first expected item, or 0 when none is in the list. */
    private static int rank(List<KnowledgeItem> found, Set<String> expected) {
        for (int i = 0; i < found.size(); i++) {
            if (expected.contains(found.get(i).id())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<Question> questions() throws IOException {
        try (InputStream in = RetrievalEvaluationTest.class.getResourceAsStream("/retrieval/questions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Question(f[0], f[1], f[2], Set.of(f[3].split(",")), f[4]))
                    .toList();
        }
    }

    /** Recall and reciprocal rank, summed over questions. */
    private static final class Score {
        int count;
        int hits;
        double reciprocalRanks;

        void add(int rank) {
            count++;
            if (rank > 0) {
                hits++;
                reciprocalRanks += 1.0 / rank;
            }
        }

        double recall() {
            return count == 0 ? 0 : (double) hits / count;
        }

        double mrr() {
            return count == 0 ? 0 : reciprocalRanks / count;
        }
    }
}
