package ai.heyseven.app;

import ai.heyseven.adapter.gemini.GeminiBackend;
import ai.heyseven.adapter.gemini.GeminiSettings;
import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.concierge.Agent;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.model.LanguageModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./heyseven scenarios [DIR] [--out DIR]}: runs the scenario suite's conversations (by default
 * {@code core/src/test/resources/scenarios}, the files the offline suite checks turn by turn) against
 * the real model, and has the model judge each conversation on a rubric — empathy, grounding, policy,
 * persona and proactive value, 1 to 5 each — writing {@code report.md} and {@code report.json} under
 * {@code target/scenarios}. It needs {@code GEMINI_API_KEY} ({@code GEMINI_MODEL} and
 * {@code GEMINI_BASE_URL} as for the server); without one it says so and exits 2.
 */
public final class ScenarioEvaluation {
    static final int EXIT_NO_MODEL = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A conversation of the suite as the evaluation needs it: who says what, and what it is about. */
    record Conversation(String name, String about, String casino, String guestId, List<String> messages) {
        Conversation {
            messages = List.copyOf(messages);
        }

        static Conversation read(Path file) {
            try {
                JsonNode root = JSON.readTree(file.toFile());
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                List<String> messages = new ArrayList<>();
                root.path("turns").forEach(turn -> messages.add(turn.path("guest").asText()));
                return new Conversation(name, root.path("about").asText(""), root.path("casino").asText("aurora-palms"),
                        root.path("guest_id").asText("guest-" + name), messages);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read scenario " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private ScenarioEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        int exit = run(args, System.getenv());
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** The command's work; its exit code. */
    static int run(String[] args, java.util.Map<String, String> env) throws IOException {
        Path directory = Path.of("core/src/test/resources/scenarios");
        Path out = Path.of("target/scenarios");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else {
                directory = Path.of(args[i]);
            }
        }
        String key = env.get("GEMINI_API_KEY");
        if (key == null || key.isBlank()) {
            System.err.println("heyseven scenarios: set GEMINI_API_KEY to evaluate with the real model and its judge;"
                    + " the offline run is part of ./heyseven test (ScenarioSuiteTest)");
            return EXIT_NO_MODEL;
        }
        String base = env.getOrDefault("GEMINI_BASE_URL", GeminiSettings.DEFAULT_BASE_URL.toString());
        String modelName = env.getOrDefault("GEMINI_MODEL", "gemini-2.5-flash");
        GeminiBackend backend = GeminiBackend.open(GeminiSettings.defaults(URI.create(base), modelName, 4, Duration.ofSeconds(30)), key);
        EvaluationReport report = evaluate(read(directory), backend.model(), backend.model(), modelName);
        report.write(out);
        System.out.println(report.markdown());
        return 0;
    }

    static List<Conversation> read(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(Conversation::read).toList();
        }
    }

    /** Runs each conversation with {@code model} as the agent's and has {@code judge} score it. */
    static EvaluationReport evaluate(List<Conversation> conversations, LanguageModel model, LanguageModel judge, String modelName) {
        RubricJudge rubric = new RubricJudge(judge);
        List<EvaluationReport.Judged> judged = new ArrayList<>();
        for (Conversation conversation : conversations) {
            List<String> transcript = converse(conversation, model);
            judged.add(new EvaluationReport.Judged(conversation.name(), conversation.about(), rubric.score(conversation.about(), transcript)));
        }
        return new EvaluationReport(modelName, judged);
    }

    /** The conversation as "Guest: …" and "Agent: …" lines, on fresh in-memory stores with the sample properties. */
    private static List<String> converse(Conversation conversation, LanguageModel model) {
        StatePorts.Limits limits = new StatePorts.Limits(Duration.ofHours(1), 50, 100, 100, 100);
        List<String> transcript = new ArrayList<>();
        try (Agent agent = Concierges.builder().languageModel(model)
                .durable(LocalBackends.durable(PropertyFiles.bundled(), "scenarios").ports())
                .state(LocalBackends.state(limits, 1_000, Duration.ofHours(1)).ports()).buildAgent()) {
            String thread = null;
            int turn = 0;
            for (String message : conversation.messages()) {
                TurnReply reply = agent.concierge().ask(new TurnRequest(conversation.casino(), message, thread, conversation.guestId(),
                        conversation.name() + "-" + ++turn));
                thread = reply.threadId();
                transcript.add("Guest: " + message);
                transcript.add("Agent: " + reply.reply());
            }
        }
        return transcript;
    }
}
