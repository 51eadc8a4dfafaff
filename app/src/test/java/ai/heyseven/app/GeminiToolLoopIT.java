package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.gemini.FakeGemini;
import ai.heyseven.adapter.gemini.GeminiBackend;
import ai.heyseven.adapter.gemini.GeminiSettings;
import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.adapter.local.InMemoryComplianceEvents;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.tools.Tool;
import ai.heyseven.ports.tools.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A model that keeps calling tools, through the real Gemini client: the loop stops at its limit")
class GeminiToolLoopIT {

    @Test
    void aModelThatNeverStopsCallingToolsIsStoppedAtFiveAndStillAnswers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ToolSpec spec = new ToolSpec("seat_map", "the times of a show", Map.of("show", "the show"), false);
        Tool showTimes = new Tool() {
            @Override
            public ToolSpec spec() {
                return spec;
            }

            @Override
            public String call(ai.heyseven.ports.tools.ToolContext context, Map<String, String> arguments) {
                return arguments.get("show") + " at 19:00 (call " + calls.incrementAndGet() + ")";
            }
        };
        try (FakeGemini gemini = new FakeGemini()) {
            for (int i = 0; i < 8; i++) {
                gemini.thenWhenToolsOffered(new FakeGemini.Reply.Events(List.of(FakeGemini.functionCall("seat_map", "{\"show\":\"show " + i + "\"}"))));
            }
            GeminiSettings settings = GeminiSettings.defaults(gemini.baseUrl(), "gemini-test", 4, Duration.ofSeconds(5));
            PropertyFiles properties = PropertyFiles.bundled();
            Concierge concierge = Concierges.builder()
                    .languageModel(GeminiBackend.open(settings, "key").model())
                    .knowledge(InMemoryKnowledgeStore.seededFrom(properties, 1_000))
                    .casinos(properties)
                    .checkpoints(new InMemoryCheckpointStore(100, Duration.ofMinutes(5)))
                    .complianceEvents(new InMemoryComplianceEvents(100))
                    .tools(List.of(showTimes), 5, Duration.ofSeconds(1))
                    .build();
            TurnReply reply = concierge.ask(new TurnRequest("aurora-palms", "Which seats are left for Mirage Nights tonight?", null, null, "r"));
            assertEquals(5, calls.get(), "five tool steps, then the loop stopped");
            long withTools = gemini.requests.stream().filter(r -> r.body().contains("functionDeclarations")).count();
            assertEquals(5, withTools, "the model was offered tools five times");
            assertTrue(gemini.requests.stream().anyMatch(r -> r.body().contains("functionResponse") && !r.body().contains("functionDeclarations")),
                    "then asked once more without tools");
            assertEquals(FakeGemini.STREAMED, HttpFixture.body(reply.reply()), "the answer streamed in the last step, offered no tools");
        }
    }
}
