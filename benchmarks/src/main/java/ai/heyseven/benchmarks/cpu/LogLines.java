package ai.heyseven.benchmarks.cpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the server's log says of trouble: its WARN and ERROR lines, counted by their first words. */
final class LogLines {
    private static final List<String> LEVELS = List.of(" WARN ", " ERROR ", "\"level\":\"WARN\"", "\"level\":\"ERROR\"");

    private LogLines() {
    }

    static String summary(Path log) {
        Map<String, Integer> kinds = new TreeMap<>();
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.filter(line -> LEVELS.stream().anyMatch(line::contains))
                    .forEach(line -> kinds.merge(kind(line), 1, Integer::sum));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kinds.isEmpty()) {
            return "no WARN or ERROR line (" + log + ")";
        }
        StringBuilder out = new StringBuilder(kinds.values().stream().mapToInt(Integer::intValue).sum() + " WARN/ERROR lines (" + log + ")");
        kinds.forEach((kind, count) -> out.append(System.lineSeparator()).append("  ").append(count).append(" × ").append(kind));
        return out.toString();
    }

    /** The line without its time stamp and request id, cut to 140 characters, so alike lines count together. */
    private static String kind(String line) {
        String text = line.replaceFirst("^[0-9:.]+ ", "").replaceAll("\\[[0-9a-f-]{36}\\] ", "");
        return text.length() > 140 ? text.substring(0, 140) : text;
    }
}
