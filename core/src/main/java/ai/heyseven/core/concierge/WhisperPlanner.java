package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.PLAN;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.WhisperPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plans the next best question for the specialist to ask. Advisory: when the model fails, the turn goes on without a plan. */
final class WhisperPlanner implements Node<TurnContext> {
    private static final Logger LOG = LoggerFactory.getLogger(WhisperPlanner.class);

    private final LanguageModel model;
    private final ModelRequests requests;

    WhisperPlanner(LanguageModel model, ModelRequests requests) {
        this.model = model;
        this.requests = requests;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        try {
            WhisperPlan plan = model.structured(requests.build(ModelRole.WHISPER, Prompts.WHISPER, state, context), WhisperPlan.class);
            return Update.of(PLAN, plan.nextQuestion());
        } catch (LanguageModelException e) {
            LOG.info("whisper planner skipped: {}", e.getMessage());
            return Update.none();
        }
    }
}
