package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.Guardrail;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.model.IntentClassifier;
import ai.heyseven.ports.model.LanguageModel;
import java.time.Clock;

/** Puts the graph, the codec and the concierge together; called by {@link ai.heyseven.core.Concierges}. */
public final class ConciergeAssembly {
    private ConciergeAssembly() {
    }

    public static Concierge assemble(LanguageModel model, IntentClassifier keywords, KnowledgeIndex index,
            Guardrail guardrail, CheckpointStore checkpoints, CasinoConfigSource casinos, Clock clock,
            int recursionLimit) {
        return new GraphConcierge(ConciergeGraph.compile(model, keywords, index, guardrail, recursionLimit),
                casinos, checkpoints, new CheckpointCodec(index), clock);
    }
}
