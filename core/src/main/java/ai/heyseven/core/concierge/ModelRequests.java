package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.DRAFT;
import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.PLAN;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelRole;
import java.util.List;
import java.util.Map;

/**
 * Builds the model request of a node from the turn's state: trimmed history, retrieved items quoted
 * as data, and the guest's language — which the answer and the planner's question are written in.
 */
final class ModelRequests {

    ModelRequest build(ModelRole role, String instructions, GraphState state, TurnContext context) {
        GuestLanguage language = state.get(LANGUAGE);
        String persona = "You are Seven, the host of " + context.casino().displayName() + ". " + instructions
                + (role == ModelRole.MAIN || role == ModelRole.WHISPER ? Prompts.inLanguage(language) : "");
        // the reply to an upset or grieving guest opens with a fixed acknowledgement (Toned): the model answers briefly, sells nothing
        String toned = role == ModelRole.MAIN ? persona + Prompts.forTone(state.get(ConciergeState.TONE)) : persona;
        return new ModelRequest(
                role,
                toned,
                ConversationLimits.history(state.get(MESSAGES)),
                state.get(QUESTION),
                role == ModelRole.ROUTER ? null : state.get(INTENT),
                role == ModelRole.ROUTER ? List.of() : state.get(RETRIEVED),
                role == ModelRole.MAIN ? state.get(PLAN) : "",
                role == ModelRole.VALIDATOR ? state.get(DRAFT) : "",
                context.localTime(),
                context.timeLeft(),
                role == ModelRole.MAIN || role == ModelRole.WHISPER ? facts(state, context) : Map.of(),
                language);
    }

    /** The guest's profile facts, with what they said in this conversation over them. */
    private static Map<String, String> facts(GraphState state, TurnContext context) {
        Map<String, String> thread = state.get(ConciergeState.THREAD_FACTS);
        if (thread.isEmpty()) {
            return context.guestFacts();
        }
        Map<String, String> facts = new java.util.HashMap<>(context.guestFacts());
        facts.putAll(thread);
        return facts;
    }
}
