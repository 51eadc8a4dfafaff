package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.embedding.LocalEmbedder;
import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.adapter.local.InMemoryComplianceEvents;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.SourceRef;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The answer evaluation: every turn of {@code answers/questions.txt} (four languages, unanswerable
 * questions, follow-ups) asked of the whole concierge — the offline model, the bundled embedding
 * model, the sample properties — on a fixed clock (Tuesday 24 November 2026, 18:37 in Las Vegas).
 * Prints relevance precision (cited items that are expected), relevance hit (answerable turns that
 * cite an expected item), correct "I don't know", yes-or-no first, language match and follow-up
 * resolution; fails when one is under its bar in {@code answers/thresholds.properties}.
 */
@DisplayName("Answer evaluation on the question set")
class AnswerEvaluationTest {
    static final LocalDateTime ASKED_AT = LocalDateTime.of(2026, 11, 24, 18, 37);
    private static final ZoneId LAS_VEGAS = ZoneId.of("America/Los_Angeles");
    private static final Map<Language, List<String>> YES_NO = Map.of(
            Language.EN, List.of("Yes", "No"), Language.ES, List.of("Sí", "No"),
            Language.PT, List.of("Sim", "Não"), Language.ZH, List.of("是的", "不"));

    private static LocalEmbedder embedder;
    private static Concierge concierge;

    record Turn(String thread, String casino, Language language, Set<String> expected, String behaviour, String question) {
        boolean unanswerable() {
            return expected.contains("none");
        }

        boolean sceneOnly() {
            return expected.contains("*");
        }
    }

    @BeforeAll
    static void start() {
        embedder = LocalEmbedder.load(2, 64, Duration.ofSeconds(10));
        PropertyFiles properties = PropertyFiles.bundled();
        concierge = Concierges.builder()
                .languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
                .embedder(embedder)
                .knowledge(InMemoryKnowledgeStore.seededFrom(properties, 1_000))
                .checkpoints(new InMemoryCheckpointStore(1_000, Duration.ofMinutes(5)))
                .casinos(properties)
                .complianceEvents(new InMemoryComplianceEvents(100))
                .clock(Clock.fixed(ZonedDateTime.of(ASKED_AT, LAS_VEGAS).toInstant(), LAS_VEGAS))
                .build();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void answersMeetTheBars() {
        List<Turn> turns = turns();
        assertTrue(turns.size() >= 150, "at least 150 turns, got " + turns.size());
        assertTrue(turns.stream().map(Turn::language).distinct().count() == Language.values().length, "all four languages");
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String metric : List.of("relevance_precision", "relevance_hit", "idk_correct", "yes_no_first", "language_match",
                "follow_up_resolved")) {
            scores.put(metric, new Score());
        }
        List<String> misses = new ArrayList<>();
        Map<String, String> threads = new HashMap<>();
        for (Turn turn : turns) {
            String threadId = turn.thread().equals("-") ? null : threads.get(turn.thread());
            TurnReply reply = concierge.ask(new TurnRequest(turn.casino(), turn.question(), threadId, null, "eval"));
            if (!turn.thread().equals("-")) {
                threads.put(turn.thread(), reply.threadId());
            }
            if (turn.sceneOnly()) {
                continue;
            }
            List<String> cited = reply.sources().stream().map(SourceRef::id).toList();
            String line = turn.casino() + " [" + turn.language() + "] " + turn.question() + " → " + cited + " " + firstLine(Fixtures.body(reply.reply()));
            if (turn.unanswerable()) {
                record(scores.get("idk_correct"), cited.isEmpty() && reply.validation() != Validation.FALLBACK, misses, "idk: " + line);
            } else {
                long good = cited.stream().filter(turn.expected()::contains).count();
                scores.get("relevance_precision").add(good, cited.size());
                if (good < cited.size()) {
                    misses.add("off: " + line + " (expected " + turn.expected() + ")");
                }
                record(scores.get("relevance_hit"), good > 0, misses, "miss: " + line);
            }
            if (turn.behaviour().equals("yesno")) {
                String text = Fixtures.body(reply.reply()).strip();
                record(scores.get("yes_no_first"), YES_NO.get(turn.language()).stream().anyMatch(text::startsWith), misses,
                        "not yes/no first: " + line);
            }
            if (turn.behaviour().equals("followup")) {
                record(scores.get("follow_up_resolved"), !cited.isEmpty() && turn.expected().containsAll(cited), misses,
                        "follow-up: " + line);
            }
            scores.get("language_match").add(Language.guess(Fixtures.body(reply.reply())) == turn.language() ? 1 : 0, 1);
        }
        Properties bars = thresholds();
        StringBuilder report = new StringBuilder("\nAnswer evaluation: " + turns.size() + " turns\n");
        List<String> failed = new ArrayList<>();
        scores.forEach((metric, score) -> {
            double bar = Double.parseDouble(bars.getProperty(metric, "1"));
            report.append(String.format(Locale.ROOT, "%-20s %6.3f  (%d/%d, bar %.2f)%n", metric, score.value(), score.good, score.total, bar));
            if (score.value() < bar) {
                failed.add(metric);
            }
        });
        report.append("misses:\n");
        misses.forEach(miss -> report.append("  ").append(miss).append('\n'));
        System.out.println(report);
        assertTrue(failed.isEmpty(), "under the bar: " + failed + report);
    }

    private static void record(Score score, boolean good, List<String> misses, String miss) {
        score.add(good ? 1 : 0, 1);
        if (!good) {
            misses.add(miss);
        }
    }

    private static String firstLine(String reply) {
        String line = reply.lines().findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }

    private static final class Score {
        private long good;
        private long total;

        void add(long good, long total) {
            this.good += good;
            this.total += total;
        }

        double value() {
            return total == 0 ? 1.0 : (double) good / total;
        }
    }

    static List<Turn> turns() {
        List<Turn> turns = new ArrayList<>();
        for (String line : resource("answers/questions.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|", 6);
            if (cells.length != 6) {
                throw new IllegalStateException("a turn needs 6 cells: " + line);
            }
            turns.add(new Turn(cells[0].strip(), cells[1].strip(), Language.valueOf(cells[2].strip().toUpperCase(Locale.ROOT)),
                    Set.of(cells[3].strip().split(",")), cells[4].strip(), cells[5].strip()));
        }
        return turns;
    }

    private static Properties thresholds() {
        Properties bars = new Properties();
        try {
            bars.load(new java.io.StringReader(resource("answers/thresholds.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bars;
    }

    private static String resource(String name) {
        try (InputStream in = AnswerEvaluationTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
