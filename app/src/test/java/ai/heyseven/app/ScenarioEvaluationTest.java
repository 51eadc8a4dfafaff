package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.gemini.FakeGemini;
import ai.heyseven.adapter.gemini.GeminiBackend;
import ai.heyseven.adapter.gemini.GeminiSettings;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.core.concierge.Concierges;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario evaluation's judge path against the local Gemini-protocol server, scripted with rubric scores. */
class ScenarioEvaluationTest {
    private static final Path SCENARIOS = Path.of("../core/src/test/resources/scenarios");

    @TempDir
    Path out;

    @Test
    void withoutAModelKeyItSaysSoAndExitsTwo() throws Exception {
        assertEquals(ScenarioEvaluation.EXIT_NO_MODEL, ScenarioEvaluation.run(new String[] {SCENARIOS.toString()}, Map.of()));
    }

    @Test
    void theJudgesScoresBecomeAReportInMarkdownAndJson() throws Exception {
        List<ScenarioEvaluation.Conversation> conversations = ScenarioEvaluation.read(SCENARIOS).stream()
                .filter(conversation -> List.of("frustrated-guest", "grieving-guest").contains(conversation.name())).toList();
        assertEquals(2, conversations.size());
        try (FakeGemini gemini = new FakeGemini()) {
            gemini.then(new FakeGemini.Reply.Text("```json\n{\"empathy\": 5, \"grounding\": 4, \"policy\": 5, \"persona\": 4,"
                    + " \"proactive_value\": 3, \"comment\": \"Acknowledged, then a host was asked.\"}\n```"));
            gemini.then(new FakeGemini.Reply.Text("I would rate it highly"));
            var judge = GeminiBackend.open(GeminiSettings.defaults(gemini.baseUrl(), "gemini-test", 2, Duration.ofSeconds(10)), "test-key")
                    .model();

            EvaluationReport report = ScenarioEvaluation.evaluate(conversations,
                    new OfflineLanguageModel(Concierges.keywordRouter()), judge, "gemini-test");
            report.write(out);

            assertEquals(2, gemini.requests.size(), "one judge call per conversation");
            assertTrue(gemini.requests.getFirst().body().contains("this is useless"), "the judge reads the transcript");
            assertTrue(gemini.requests.getFirst().body().contains("follow up with you personally"), "and the agent's replies");
        }
        String markdown = Files.readString(out.resolve("report.md"));
        assertTrue(markdown.contains("1 of 2 conversations judged"), markdown);
        assertTrue(markdown.contains("| empathy | 5.00 |") && markdown.contains("| proactive_value | 3.00 |"), markdown);
        assertTrue(markdown.contains("| frustrated-guest | 5 | 4 | 5 | 4 | 3 | Acknowledged, then a host was asked. |"), markdown);
        assertTrue(markdown.contains("| grieving-guest | – | – | – | – | – | unjudged: the judge's answer is not JSON |"), markdown);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(5.0, json.at("/means/empathy").asDouble());
        assertEquals(1, json.path("judged").asInt());
        assertFalse(json.at("/conversations/1/judged").asBoolean());
        assertEquals(4, json.at("/conversations/0/scores/grounding").asInt());
    }
}
