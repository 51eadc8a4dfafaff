package ai.heyseven.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The scenario evaluation's result: each conversation's rubric scores and the mean of each criterion, as markdown and JSON. */
record EvaluationReport(String model, List<Judged> conversations) {
    private static final ObjectMapper JSON = new ObjectMapper();

    EvaluationReport {
        conversations = List.copyOf(conversations);
    }

    record Judged(String name, String about, RubricJudge.Scores scores) {
    }

    /** The mean of a criterion over the judged conversations; empty when none was judged. */
    OptionalDouble mean(String criterion) {
        return conversations.stream().filter(judged -> judged.scores().judged())
                .mapToInt(judged -> judged.scores().byCriterion().get(criterion)).average();
    }

    long judged() {
        return conversations.stream().filter(judged -> judged.scores().judged()).count();
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Scenario evaluation with " + model + "\n\n")
                .append(judged()).append(" of ").append(conversations.size()).append(" conversations judged.\n\n")
                .append("| criterion | mean (1–5) |\n|---|---|\n");
        RubricJudge.CRITERIA.forEach(criterion -> text.append("| ").append(criterion).append(" | ").append(format(mean(criterion))).append(" |\n"));
        text.append("\n| scenario | ").append(String.join(" | ", RubricJudge.CRITERIA)).append(" | comment |\n|---|")
                .append("---|".repeat(RubricJudge.CRITERIA.size() + 1)).append('\n');
        for (Judged judged : conversations) {
            text.append("| ").append(judged.name());
            RubricJudge.CRITERIA.forEach(criterion -> text.append(" | ")
                    .append(judged.scores().judged() ? judged.scores().byCriterion().get(criterion).toString() : "–"));
            text.append(" | ").append(judged.scores().comment().replace('|', '/').replace('\n', ' ')).append(" |\n");
        }
        return text.toString();
    }

    String json() throws IOException {
        ObjectNode root = JSON.createObjectNode().put("model", model).put("judged", judged()).put("conversations_total", conversations.size());
        ObjectNode means = root.putObject("means");
        RubricJudge.CRITERIA.forEach(criterion -> mean(criterion).ifPresentOrElse(mean -> means.put(criterion, mean), () -> means.putNull(criterion)));
        ArrayNode list = root.putArray("conversations");
        for (Judged judged : conversations) {
            ObjectNode entry = list.addObject().put("name", judged.name()).put("about", judged.about()).put("judged", judged.scores().judged())
                    .put("comment", judged.scores().comment());
            ObjectNode scores = entry.putObject("scores");
            judged.scores().byCriterion().forEach(scores::put);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Writes {@code report.md} and {@code report.json} into {@code directory}. */
    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.md"), markdown());
        Files.writeString(directory.resolve("report.json"), json());
    }

    private static String format(OptionalDouble mean) {
        return mean.isPresent() ? String.format(Locale.ROOT, "%.2f", mean.getAsDouble()) : "–";
    }
}
