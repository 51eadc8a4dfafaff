package ai.heyseven.examples;

import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.concierge.Agent;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import java.time.Duration;

/**
 * Hey Seven inside your own JVM application, everything in memory: the sample properties as the
 * knowledge, bounded in-memory stores, and the offline model (swap in {@code GeminiBackend} for a
 * real one). Run it: {@code java ai.heyseven.examples.InMemoryConcierge "Any Italian tonight?"}.
 */
public final class InMemoryConcierge {
    /** Conversations kept a week, 20 checkpoints each, 60 chats a minute, 10 texts a number, 1,000 queued texts. */
    static final StatePorts.Limits LIMITS = new StatePorts.Limits(Duration.ofDays(7), 20, 60, 10, 1_000);

    private InMemoryConcierge() {
    }

    /** An agent over the bundled sample properties, every store in this process's memory. */
    public static Agent agent() {
        PropertyFiles properties = PropertyFiles.bundled();
        return Concierges.builder()
                .durable(LocalBackends.durable(properties, "bundled sample properties").ports())
                .state(LocalBackends.state(LIMITS, 1_000, Duration.ofHours(2)).ports())
                .languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
                .buildAgent();
    }

    public static void main(String[] args) {
        String question = args.length > 0 ? String.join(" ", args) : "What Italian restaurants do you have?";
        try (Agent agent = agent()) {
            TurnReply reply = agent.concierge().ask(new TurnRequest("aurora-palms", question, null, null, "example-1"));
            System.out.println(reply.reply());
        }
    }
}
