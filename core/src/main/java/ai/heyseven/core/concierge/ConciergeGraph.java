package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.GATE;
import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.RETRY;
import static ai.heyseven.core.concierge.ConciergeState.VALIDATION;
import static ai.heyseven.core.graph.StateGraph.END;

import ai.heyseven.core.graph.CompiledGraph;
import ai.heyseven.core.graph.StateGraph;
import ai.heyseven.core.guardrails.Guardrail;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.model.IntentClassifier;
import ai.heyseven.ports.model.LanguageModel;
import java.time.Clock;
import java.util.Set;

/**
 * The thirteen nodes and their edges:
 * {@code compliance_gate → router → greeting | off_topic | comp_offer | retrieve → direct_answer → (respond |
 * whisper_planner → specialist → validate → respond | fallback)}, where {@code comp_offer} either answers a
 * request for a comp or, for an anonymous guest, leaves it to {@code retrieve} (the casino's own "how comps work"), with {@code escalation} for a hand-off and a retry loop from
 * {@code validate} back to {@code specialist}. Both {@code compliance_gate} and {@code router} (on the
 * model's safety verdict) may refuse, ending the turn, or send the guest to {@code escalation}.
 */
final class ConciergeGraph {
    static final String COMPLIANCE_GATE = "compliance_gate";
    static final String ROUTER = "router";
    static final String GREETING = "greeting";
    static final String OFF_TOPIC = "off_topic";
    static final String RETRIEVE = "retrieve";
    /** Answers hours questions and "I don't have information about …" from the items, without a model. */
    static final String DIRECT_ANSWER = "direct_answer";
    static final String WHISPER_PLANNER = "whisper_planner";
    /** How long a turn waits for the whisper planner's advice before going on without it. */
    static final java.time.Duration WHISPER_DEADLINE = java.time.Duration.ofMillis(1_500);
    static final String SPECIALIST = "specialist";
    static final String VALIDATE = "validate";
    static final String RESPOND = "respond";
    static final String FALLBACK = "fallback";
    static final String ESCALATION = "escalation";
    /** Answers a request for a comp from the casino's comp policy, without a model. */
    static final String COMP_OFFER = "comp_offer";

    private ConciergeGraph() {
    }

    static CompiledGraph<TurnContext> compile(LanguageModel model, IntentClassifier keywords, KnowledgeIndex index,
            Guardrail guardrail, ComplianceEvents complianceEvents, Clock clock, int recursionLimit, ToolLoop tools,
            HostHandOff handOff, CompSources comps, GuestMemory memory) {
        ModelRequests requests = new ModelRequests();
        HostTouches touches = new HostTouches(memory);
        Refusals refusals = new Refusals(complianceEvents, clock, handOff);
        ItemFacets itemFacets = new ItemFacets();
        return StateGraph.<TurnContext>builder(ConciergeState.SCHEMA)
                .node(COMPLIANCE_GATE, new ComplianceGate(guardrail, new SecondOpinion(model), refusals))
                .node(ROUTER, new Router(model, keywords, requests, refusals))
                .node(GREETING, new Greeting(touches, index))
                .node(OFF_TOPIC, new CannedReply(Replies::offTopic))
                .node(RETRIEVE, new Retrieve(index, Concierges.DEFAULT_MAX_RESULTS, itemFacets))
                .node(DIRECT_ANSWER, new DirectAnswer())
                .node(WHISPER_PLANNER, new WhisperPlanner(model, requests, WHISPER_DEADLINE, memory))
                .node(SPECIALIST, new Specialist(model, requests, tools))
                .node(VALIDATE, new Validate(model, requests, new Relevance(itemFacets, index)))
                .node(RESPOND, new Respond(touches))
                .node(FALLBACK, new Fallback())
                .node(ESCALATION, new Escalation(handOff))
                .node(COMP_OFFER, new CompOffer(comps, handOff, clock))
                .entry(COMPLIANCE_GATE)
                .branch(COMPLIANCE_GATE, state -> switch (state.get(GATE)) {
                    case OPEN -> ROUTER;
                    case ESCALATE -> ESCALATION;
                    case REFUSED, CLOSED -> END;
                }, Set.of(ROUTER, ESCALATION, END))
                .branch(ROUTER, state -> switch (state.get(GATE)) {
                    case ESCALATE -> ESCALATION;
                    case REFUSED, CLOSED -> END;
                    case OPEN -> CompRequest.asks(state.get(ConciergeState.QUESTION)) ? COMP_OFFER : switch (state.get(INTENT)) {
                        case GREETING -> GREETING;
                        case OFF_TOPIC -> OFF_TOPIC;
                        default -> RETRIEVE;
                    };
                }, Set.of(GREETING, OFF_TOPIC, RETRIEVE, ESCALATION, COMP_OFFER, END))
                .branch(COMP_OFFER, state -> CompOffer.answered(state) ? END : RETRIEVE, Set.of(END, RETRIEVE))
                .edge(RETRIEVE, DIRECT_ANSWER)
                .branch(DIRECT_ANSWER, state -> state.get(ConciergeState.DRAFT).isEmpty() ? WHISPER_PLANNER : RESPOND,
                        Set.of(WHISPER_PLANNER, RESPOND))
                .edge(WHISPER_PLANNER, SPECIALIST)
                .branch(SPECIALIST, state -> state.get(VALIDATION) == Validation.FALLBACK ? FALLBACK : VALIDATE,
                        Set.of(FALLBACK, VALIDATE))
                .branch(VALIDATE, state -> state.get(RETRY) ? SPECIALIST
                        : state.get(VALIDATION) == Validation.FALLBACK ? FALLBACK : RESPOND,
                        Set.of(SPECIALIST, FALLBACK, RESPOND))
                .edge(GREETING, END)
                .edge(OFF_TOPIC, END)
                .edge(ESCALATION, END)
                .edge(RESPOND, END)
                .edge(FALLBACK, END)
                .recursionLimit(recursionLimit)
                .compile();
    }
}
