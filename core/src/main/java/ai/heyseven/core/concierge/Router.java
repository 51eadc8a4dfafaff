package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.INTENT;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.Tone;
import ai.heyseven.ports.model.IntentClassifier;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.RouteDecision;
import ai.heyseven.ports.model.Shape;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the intent through the model's structured output; the keyword router decides when the model
 * cannot. The same answer carries the model's judgement of the message: when it says unsafe and names
 * a layer, the turn is refused (or, for a guest in crisis or distress, escalated) exactly as the
 * compliance gate would, through {@link Refusals}. It also reads the guest's tone (the model's verdict, else
 * {@link ToneReading}) into {@link ConciergeState#TONE}; a second upset turn in a row, or an explicit
 * complaint, sends the turn to {@code escalation} to open a {@code frustrated} desk case. The verdict can only add a refusal: a model that is
 * down, slow or silent on safety leaves the gate's decision alone (the keyword router gives none).
 */
final class Router implements Node<TurnContext> {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final LanguageModel model;
    private final IntentClassifier keywords;
    private final ModelRequests requests;
    private final Refusals refusals;

    Router(LanguageModel model, IntentClassifier keywords, ModelRequests requests, Refusals refusals) {
        this.model = model;
        this.keywords = keywords;
        this.requests = requests;
        this.refusals = refusals;
    }

    @Override
    public Update run(GraphState state, TurnContext context) {
        RouteDecision decision;
        try {
            decision = model.structured(requests.build(ModelRole.ROUTER, Prompts.ROUTER, state, context), Shape.ROUTE);
        } catch (LanguageModelException e) {
            LOG.warn("router model unavailable, routing by keywords: {}", e.getMessage());
            decision = keywords.classify(state.get(ConciergeState.QUESTION));
        }
        String question = state.get(ConciergeState.QUESTION);
        Tone tone = decision.toneVerdict().filter(verdict -> verdict != Tone.NEUTRAL).orElseGet(() -> ToneReading.read(question));
        Intent intent = windingDown(question) ? Intent.GREETING : decision.intent();
        if (intent == Intent.PROMOTIONS && (state.get(ConciergeState.NO_PROMOTIONS) || tone != Tone.NEUTRAL)) {
            intent = Intent.GENERAL; // no promotion for a guest with signs of a gambling problem, nor one upset or grieving
        }
        Update routed = Update.of(INTENT, intent).and(ConciergeState.TONE, tone);
        // two upset turns in a row, or a complaint: a host follows up (escalation opens the case first)
        Update update = ToneReading.complains(question) || (tone.upset() && state.get(ConciergeState.TONE).upset())
                ? routed.and(ConciergeState.GATE, ConciergeState.Gate.ESCALATE).and(ConciergeState.HAND_OFF, HostHandOff.Reason.FRUSTRATED)
                : routed;
        return decision.unsafe()
                .map(unsafe -> refusals.refuse(Refusals.of(unsafe.layer(), Language.guess(state.get(ConciergeState.QUESTION)),
                        // the model's own words may echo the guest's: the record names only who judged
                        "the router model's verdict", context.casino()), context, update))
                .orElse(update);
    }

    /** "Thanks, that's all" — a short goodbye with no question in it — is answered like a hello: by {@code greeting}. */
    private static boolean windingDown(String message) {
        return message.length() <= 80 && message.indexOf('?') < 0 && message.indexOf('？') < 0 && HostTouches.windsDown(message);
    }
}
