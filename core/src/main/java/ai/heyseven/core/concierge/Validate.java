package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.ATTEMPTS;
import static ai.heyseven.core.concierge.ConciergeState.FEEDBACK;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;
import static ai.heyseven.core.concierge.ConciergeState.RETRY;
import static ai.heyseven.core.concierge.ConciergeState.VALIDATION;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.ResponsePolicy;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.model.GroundingVerdict;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.Shape;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the draft against the retrieved items, the response policy (no promised wins, no
 * guaranteed comps) and what the question asked for ({@link Relevance}: every item it names offers
 * it): pass; one retry with the feedback; or fallback. When the validator is unavailable, an answer
 * built from retrieved items (and relevant) passes as
 * {@code degraded}; any other goes to fallback.
 */
final class Validate implements Node<TurnContext> {
    private static final Logger LOG = LoggerFactory.getLogger(Validate.class);
    static final int MAX_ATTEMPTS = 2;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d{1,9}");

    private final LanguageModel model;
    private final ModelRequests requests;
    private final Relevance relevance;

    Validate(LanguageModel model, ModelRequests requests, Relevance relevance) {
        this.model = model;
        this.requests = requests;
        this.relevance = relevance;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        GroundingVerdict verdict;
        try {
            verdict = model.structured(requests.build(ModelRole.VALIDATOR, Prompts.VALIDATOR, state, context), Shape.GROUNDING);
        } catch (LanguageModelException e) {
            LOG.warn("validator unavailable: {}", e.getMessage());
            boolean fromItems = !state.get(RETRIEVED).isEmpty();
            boolean withinPolicy = ResponsePolicy.violation(state.get(ConciergeState.DRAFT), allowedAmounts(state)).isEmpty();
            boolean relevant = offTopicItems(state, context).isEmpty();
            return Update.of(VALIDATION, fromItems && withinPolicy && relevant ? Validation.DEGRADED : Validation.FALLBACK);
        }
        int attempts = state.get(ATTEMPTS);
        Optional<String> policy = ResponsePolicy.violation(state.get(ConciergeState.DRAFT), allowedAmounts(state));
        if (policy.isPresent()) {
            verdict = new GroundingVerdict(false, policy.get());
        } else if (verdict.grounded()) {
            Optional<String> offTopic = offTopicItems(state, context);
            if (offTopic.isPresent()) {
                verdict = new GroundingVerdict(false, offTopic.get());
            }
        }
        if (verdict.grounded()) {
            return Update.of(VALIDATION, attempts > 1 ? Validation.RETRIED : Validation.PASS);
        }
        LOG.info("validator rejected attempt {}: {}", attempts, verdict.feedback());
        if (attempts < MAX_ATTEMPTS) {
            return Update.of(RETRY, true).and(FEEDBACK, verdict.feedback());
        }
        return Update.of(VALIDATION, Validation.FALLBACK);
    }

    /**
     * The comp amounts an answer may name: those the comp policy allowed this guest in this conversation,
     * and the numbers of the retrieved items (a promotion's own "$25 free play").
     */
    static Set<Long> allowedAmounts(GraphState state) {
        Set<Long> allowed = new HashSet<>(state.get(ConciergeState.COMPS_OFFERED));
        for (KnowledgeItem item : state.get(RETRIEVED)) {
            Matcher number = NUMBER.matcher(item.name() + " " + item.description() + " " + item.priceRange());
            while (number.find()) {
                allowed.add(Long.parseLong(number.group().replace(",", "")));
            }
        }
        return allowed;
    }

    private Optional<String> offTopicItems(GraphState state, TurnContext context) {
        return relevance.problem(context.casino().id(), ConciergeState.asked(state, context), state.get(ConciergeState.DRAFT),
                state.get(RETRIEVED));
    }
}
