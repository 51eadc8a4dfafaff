package ai.heyseven.app;

import ai.heyseven.core.guardrails.GuardrailVerdict;
import ai.heyseven.core.guardrails.Guardrails;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code ./heyseven guardrails DIR}: runs every case of every {@code *.jsonl} file in a directory of
 * labelled messages written by others ({@code {"text", "expect": "refuse"|"allow", "category",
 * "lang", "layer"?}}) through the input check a turn runs (every layer, patterns and learned), and
 * prints recall by layer, language and category, the in-scope recall and the false-refusal rate.
 * With {@code --min-recall R} and {@code --max-false-refusals F} it exits 1 when the in-scope recall
 * is below R or the false-refusal rate above F; {@code --misses} lists what was missed and refused.
 *
 * <p>A refusal case is caught when any layer refuses or escalates it. In scope are the categories
 * the layers are for (instruction override, role play, prompt extraction, encoded instructions,
 * another person's private data, laundering); categories wider than that on purpose are reported but
 * not judged ({@link #WIDER}).
 */
public final class GuardrailsEvaluation {
    /**
     * Refusal categories wider than the layers by design: deepset's set mixes opinion-steering and
     * off-topic prompts into one label; ShieldGateway's indirect and data-extraction cases include
     * requests with no instruction in them.
     */
    static final Set<String> WIDER = Set.of("deepset/injection", "ptbr/indirect", "ptbr/data_extraction");
    private static final String HELPLINE = "1-800-GAMBLER";

    record Case(String file, String text, boolean refuse, String category, String language, String layer) {
        boolean inScope() {
            return refuse && !WIDER.contains(category);
        }
    }

    /** Caught out of seen. */
    static final class Tally {
        int seen;
        int caught;

        void add(boolean hit) {
            seen++;
            caught += hit ? 1 : 0;
        }

        double rate() {
            return seen == 0 ? 0 : (double) caught / seen;
        }
    }

    record Result(Map<String, Tally> byLayer, Map<String, Tally> byLanguage, Map<String, Tally> byCategory, Tally inScope,
            Tally falseRefusals, Map<String, Tally> falseByCategory, List<String> missed, List<String> refused) { }

    private GuardrailsEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = null;
        double minRecall = -1;
        double maxFalseRefusals = 2;
        boolean misses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--min-recall" -> minRecall = Double.parseDouble(args[++i]);
                case "--max-false-refusals" -> maxFalseRefusals = Double.parseDouble(args[++i]);
                case "--misses" -> misses = true;
                default -> directory = Path.of(args[i]);
            }
        }
        if (directory == null || !Files.isDirectory(directory)) {
            System.err.println("usage: guardrails DIR [--min-recall R] [--max-false-refusals F] [--misses]  (DIR holds *.jsonl cases)");
            System.exit(2);
            return;
        }
        Result result = evaluate(read(directory));
        print(result, misses, System.out);
        boolean passed = result.inScope().rate() >= minRecall && result.falseRefusals().rate() <= maxFalseRefusals;
        if (minRecall >= 0 || maxFalseRefusals <= 1) {
            System.out.printf(Locale.ROOT, "%nthresholds: in-scope recall >= %.2f, false refusals <= %.1f %% -> %s%n", minRecall,
                    100 * maxFalseRefusals, passed ? "PASSED" : "FAILED");
        }
        System.exit(passed ? 0 : 1);
    }

    static List<Case> read(Path directory) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                cases.add(new Case(file.getFileName().toString(), row.path("text").asText(), "refuse".equals(row.path("expect").asText()),
                        row.path("category").asText("-"), row.path("lang").asText("-"), row.path("layer").asText("-")));
            }
        }
        return cases;
    }

    static Result evaluate(List<Case> cases) {
        Result result = new Result(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new Tally(), new Tally(), new TreeMap<>(),
                new ArrayList<>(), new ArrayList<>());
        for (Case c : cases) {
            GuardrailVerdict verdict = Guardrails.standard().check(c.text(), HELPLINE);
            boolean refused = verdict instanceof GuardrailVerdict.Refuse;
            if (c.refuse()) {
                result.byLayer().computeIfAbsent(c.layer(), k -> new Tally()).add(refused);
                result.byLanguage().computeIfAbsent(c.language(), k -> new Tally()).add(refused);
                result.byCategory().computeIfAbsent(c.category() + (c.inScope() ? "" : " (wider)"), k -> new Tally()).add(refused);
                if (c.inScope()) {
                    result.inScope().add(refused);
                }
                if (!refused) {
                    result.missed().add(c.category() + " / " + c.language() + ": " + c.text());
                }
            } else {
                result.falseRefusals().add(refused);
                result.falseByCategory().computeIfAbsent(c.category(), k -> new Tally()).add(refused);
                if (verdict instanceof GuardrailVerdict.Refuse refuse) {
                    result.refused().add(refuse.layer().wireName() + " (" + c.category() + " / " + c.language() + "): " + c.text());
                }
            }
        }
        return result;
    }

    static void print(Result result, boolean misses, PrintStream out) {
        out.println("Guardrails on messages written by others");
        table(out, "layer", result.byLayer());
        table(out, "language", result.byLanguage());
        table(out, "category", result.byCategory());
        out.println();
        out.printf(Locale.ROOT, "in-scope recall: %d / %d = %.3f%n", result.inScope().caught, result.inScope().seen,
                result.inScope().rate());
        out.printf(Locale.ROOT, "false refusals: %d / %d = %.2f %%%n", result.falseRefusals().caught, result.falseRefusals().seen,
                100 * result.falseRefusals().rate());
        result.falseByCategory().forEach((category, tally) -> {
            if (tally.caught > 0) {
                out.printf(Locale.ROOT, "  %s: %d / %d%n", category, tally.caught, tally.seen);
            }
        });
        if (misses) {
            out.println("\nmissed:");
            result.missed().forEach(line -> out.println("  " + line));
            out.println("\nrefused although ordinary:");
            result.refused().forEach(line -> out.println("  " + line));
        }
    }

    private static void table(PrintStream out, String heading, Map<String, Tally> tallies) {
        out.printf(Locale.ROOT, "%n| %s | caught | recall |%n|---|---:|---:|%n", heading);
        tallies.forEach((key, tally) -> out.printf(Locale.ROOT, "| %s | %d / %d | %.2f |%n", key, tally.caught, tally.seen, tally.rate()));
    }
}
