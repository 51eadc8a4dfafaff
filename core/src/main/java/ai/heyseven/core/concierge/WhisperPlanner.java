package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.PLAN;

import ai.heyseven.core.concurrent.TimeBox;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.WhisperPlan;
import ai.heyseven.ports.guest.ProfileField;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the next best question for the specialist to ask. Advisory: its call runs on a virtual
 * thread of its own under a short deadline; when the model fails or is late, the turn goes on
 * without a plan and the late call is cancelled. (Repeated failures open the whisper role's own
 * circuit breaker in the model adapter, which switches it off for a cool-down.)
 */
final class WhisperPlanner implements Node<TurnContext> {
    private static final Logger LOG = LoggerFactory.getLogger(WhisperPlanner.class);

    private final LanguageModel model;
    private final ModelRequests requests;
    private final Duration deadline;
    private final GuestMemory memory;

    WhisperPlanner(LanguageModel model, ModelRequests requests, Duration deadline, GuestMemory memory) {
        this.model = model;
        this.requests = requests;
        this.deadline = deadline;
        this.memory = memory;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        if (state.get(ConciergeState.TONE) != ai.heyseven.ports.concierge.Tone.NEUTRAL) {
            return Update.none(); // an upset or grieving guest is asked nothing more
        }
        var request = requests.build(ModelRole.WHISPER, Prompts.WHISPER, state, context);
        return switch (TimeBox.run(deadline, context.telemetry().carry(() -> model.structured(request, Shape.WHISPER)))) {
            case TimeBox.Outcome.Done<WhisperPlan> done -> Update.of(PLAN, done.value().nextQuestion())
                    .and(ConciergeState.THREAD_FACTS, told(done.value(), state, context));
            case TimeBox.Outcome.Late<WhisperPlan> late -> {
                LOG.info("whisper planner skipped: no plan within {} ms", deadline.toMillis());
                yield Update.none();
            }
            case TimeBox.Outcome.Failed<WhisperPlan> failed -> {
                if (failed.cause() instanceof LanguageModelException || failed.cause() instanceof InterruptedException) {
                    LOG.info("whisper planner skipped: {}", failed.cause().getMessage());
                } else {
                    LOG.warn("whisper planner failed unexpectedly, the turn goes on without a plan", failed.cause());
                }
                yield Update.none();
            }
        };
    }

    /**
     * The profile facts the model read that nothing else knew yet (the agent's patterns and the
     * profile win), kept for the guest and returned for this conversation.
     */
    private Map<String, String> told(WhisperPlan plan, GraphState state, TurnContext context) {
        Map<ProfileField, String> fresh = new EnumMap<>(ProfileField.class);
        plan.profile().forEach((name, value) -> ProfileField.fromWire(name)
                .filter(field -> !context.guestFacts().containsKey(name) && !state.get(ConciergeState.THREAD_FACTS).containsKey(name))
                .filter(field -> field != ProfileField.OCCASION_OFFERED && field != ProfileField.NAME)
                .ifPresent(field -> fresh.put(field, value)));
        memory.keepTold(context.casino(), context.guestId(), fresh);
        Map<String, String> facts = new java.util.HashMap<>();
        fresh.forEach((field, value) -> facts.put(field.wireName(), value));
        return Map.copyOf(facts);
    }
}
