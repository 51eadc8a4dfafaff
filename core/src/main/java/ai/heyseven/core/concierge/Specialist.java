package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.ATTEMPTS;
import static ai.heyseven.core.concierge.ConciergeState.DRAFT;
import static ai.heyseven.core.concierge.ConciergeState.FEEDBACK;
import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.RETRY;
import static ai.heyseven.core.concierge.ConciergeState.SIDE_EFFECTS;
import static ai.heyseven.core.concierge.ConciergeState.STREAMED;
import static ai.heyseven.core.concierge.ConciergeState.VALIDATION;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.tools.ToolContext;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the answer with the prompt of the routed specialist. The first attempt streams to the
 * guest token by token; a retry (after the validator's feedback) is written whole, and reaches the
 * guest as a {@code replace} once it passes.
 */
final class Specialist implements Node<TurnContext> {
    private static final Logger LOG = LoggerFactory.getLogger(Specialist.class);

    private final LanguageModel model;
    private final ModelRequests requests;
    private final ToolLoop tools;

    Specialist(LanguageModel model, ModelRequests requests, ToolLoop tools) {
        this.model = model;
        this.requests = requests;
        this.tools = tools;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        int attempt = state.get(ATTEMPTS) + 1;
        boolean retry = attempt > 1;
        String instructions = retry
                ? Prompts.retry(state.get(INTENT), context.casino(), state.get(FEEDBACK))
                : Prompts.specialist(state.get(INTENT), context.casino());
        ModelRequest request = requests.build(ModelRole.MAIN, instructions, state, context);
        try {
            if (!tools.isEmpty()) {
                return withTools(request, state, context, attempt, retry);
            }
            String draft = retry ? model.complete(request) : stream(request, context);
            return Update.of(ATTEMPTS, attempt).and(DRAFT, draft).and(STREAMED, !retry).and(RETRY, false);
        } catch (LanguageModelException e) {
            LOG.warn("specialist model unavailable: {}", e.getMessage());
            return Update.of(ATTEMPTS, attempt).and(VALIDATION, Validation.FALLBACK).and(RETRY, false);
        }
    }

    /**
     * The answer with the model's tool use: the first attempt streams each step's text to the
     * guest as it is written, a retry is written whole; side-effect results are kept in the turn's
     * state so a retry never repeats them.
     */
    private Update withTools(ModelRequest request, GraphState state, TurnContext context, int attempt, boolean retry) {
        ToolContext turn = new ToolContext(context.casino().id(), context.threadId(), context.guestId(), context.localTime());
        ToolLoop.Outcome outcome = retry
                ? tools.run(model, request, turn, state.get(SIDE_EFFECTS))
                : tools.stream(model, request, turn, state.get(SIDE_EFFECTS), token -> emit(token, context));
        Update update = Update.of(ATTEMPTS, attempt).and(SIDE_EFFECTS, Map.copyOf(outcome.sideEffects())).and(RETRY, false);
        if (outcome.answer().isEmpty()) {
            return update.and(VALIDATION, Validation.FALLBACK);
        }
        return update.and(DRAFT, outcome.answer().get()).and(STREAMED, !retry);
    }

    private static boolean emit(String token, TurnContext context) {
        if (context.cancelled()) {
            return false;
        }
        context.emit(new AgentEvent.Token(token));
        return true;
    }

    private String stream(ModelRequest request, TurnContext context) {
        StringBuilder draft = new StringBuilder();
        model.stream(request, token -> {
            if (context.cancelled()) {
                return false;
            }
            draft.append(token);
            return emit(token, context);
        });
        return draft.toString();
    }
}
