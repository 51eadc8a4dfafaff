package ai.heyseven.benchmarks;

import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.adapter.local.InMemoryComplianceEvents;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.Validation;
import java.time.Duration;

/**
 * The whole offline turn that {@link OfflineTurnBench} and {@link OfflineTurnCpu} measure: the bundled
 * properties, the offline model, bounded in-memory stores, and one question, checked once to be
 * answered from the property's items before anything is measured.
 */
final class OfflineTurns {
    static final String CASINO = "aurora-palms";
    static final String QUESTION = "What Italian restaurants do you have and when do they close?";

    private OfflineTurns() {
    }

    /** {@code builder} (with whatever the caller added, such as an embedder) completed, built and checked. */
    static Concierge concierge(Concierges builder) {
        PropertyFiles properties = PropertyFiles.bundled();
        Concierge concierge = builder
                .languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
                .knowledge(InMemoryKnowledgeStore.seededFrom(properties, 100_000))
                .casinos(properties)
                .checkpoints(new InMemoryCheckpointStore(10_000, Duration.ofMinutes(30)))
                .complianceEvents(new InMemoryComplianceEvents(1_000))
                .build();
        TurnReply reply = concierge.ask(new TurnRequest(CASINO, QUESTION, null, null, "check"));
        if (reply.validation() != Validation.PASS || !reply.reply().contains("Trattoria Lucia")) {
            throw new IllegalStateException("the offline turn did not answer as expected: " + reply);
        }
        return concierge;
    }
}
