package ai.heyseven.core.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The learned layer's training data: every file is in the index (a file left out would silently
 * not train), every label and language has enough examples, and none repeats a line of the
 * evaluation corpus, which stays held out so its figures mean something.
 */
class TrainingDataTest {
    private static final Path TRAINING = Path.of("src/main/resources" + LearnedLayer.TRAINING);
    private static final Path EVALUATION = Path.of("src/test/resources/guardrails");

    @Test
    void theIndexListsEveryFile() throws IOException {
        Set<String> files;
        try (Stream<Path> listing = Files.list(TRAINING)) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> !name.equals("index.txt"))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
        Set<String> indexed = Files.readAllLines(TRAINING.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(files, indexed);
    }

    @Test
    void everyLabelHasExamplesInEveryLanguage() {
        Map<String, Long> counts = new TreeMap<>(LearnedLayer.trainingSet().stream()
                .collect(Collectors.groupingBy(sample -> sample.label() + "/" + sample.language(), Collectors.counting())));
        for (LearnedLayer.Label label : LearnedLayer.Label.values()) {
            for (String language : List.of("en", "es", "pt", "zh")) {
                long count = counts.getOrDefault(label + "/" + language, 0L);
                assertTrue(count >= 80, label + " in " + language + " has " + count + " examples, fewer than 80: " + counts);
            }
        }
    }

    @Test
    void noTrainingLineRepeatsTheEvaluationCorpus() throws IOException {
        Set<String> held = new HashSet<>();
        try (Stream<Path> listing = Files.list(EVALUATION)) {
            for (Path file : listing.filter(path -> path.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] columns = line.split("\t");
                    held.add(key(columns[columns.length - 1]));
                }
            }
        }
        List<String> repeated = LearnedLayer.trainingSet().stream().map(LearnedLayer.Sample::text)
                .filter(text -> held.contains(key(text))).toList();
        assertTrue(repeated.isEmpty(), "training lines that repeat the held-out evaluation corpus: " + repeated);
    }

    private static String key(String text) {
        return Normalizer.normalize(text).plain().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
