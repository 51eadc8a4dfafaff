package ai.heyseven.benchmarks.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a server's log after a run: its ERROR and WARN lines and its stack traces (their frames,
 * and the lines that start with an exception's class name), counted by their first words, so a
 * defect shows without reading thousands of lines.
 */
final class LogScan {
    private static final Pattern FRAME = Pattern.compile("^\\s+at [\\w.$]+\\(.*\\)$");
    private static final Pattern EXCEPTION = Pattern.compile("^(Caused by: )?[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error)\\b.*");

    private LogScan() {
    }

    static void report(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        long frames = lines.stream().filter(line -> FRAME.matcher(line).matches()).count();
        Map<String, Integer> errors = new TreeMap<>();
        Map<String, Integer> exceptions = new TreeMap<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (String line : lines) {
            if (line.contains(" ERROR ") || line.contains("\"level\":\"ERROR\"")) {
                errors.merge(gist(line), 1, Integer::sum);
            } else if (EXCEPTION.matcher(line).matches()) {
                exceptions.merge(gist(line), 1, Integer::sum);
            } else if (line.contains(" WARN ")) {
                warnings.merge(gist(line), 1, Integer::sum);
            }
        }
        System.out.printf("server log %s: %d lines, %d ERROR lines, %d stack traces' exception lines, %d stack-trace frames, %d WARN lines%n",
                log, lines.size(), total(errors), total(exceptions), frames, total(warnings));
        print("ERROR", errors);
        print("exception", exceptions);
        print("WARN", warnings);
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void print(String kind, Map<String, Integer> counts) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
                .forEach(e -> System.out.println("  " + kind + " " + e.getValue() + " × " + e.getKey()));
    }

    /** The line without its time stamp, thread and ids, cut short: lines that differ only there count together. */
    private static String gist(String line) {
        String gist = line.replaceFirst("^\\S+ \\S+ ", "").replaceAll("\\[[^]]*\\]", "").replaceAll("[0-9a-f-]{36}", "…")
                .replaceAll("\\d+", "N").strip();
        return gist.length() > 160 ? gist.substring(0, 160) + "…" : gist;
    }
}
