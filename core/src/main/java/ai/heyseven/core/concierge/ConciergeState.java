package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.Key;
import ai.heyseven.core.graph.Reducers;
import ai.heyseven.core.graph.Schema;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.Tone;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.List;
import java.util.Map;

/** The fields of the concierge graph's state. Conversation fields outlive a turn; the rest reset. */
final class ConciergeState {
    private static final Schema.Builder FIELDS = Schema.builder();

    static final Key<List<ChatMessage>> MESSAGES = FIELDS.conversation("messages", List.of(), Reducers.append());
    static final Key<Integer> TURN = FIELDS.conversation("turn", 0, Reducers.keepMax());
    /** Set once the guest showed signs of a gambling problem: no promotion for the rest of the conversation. */
    static final Key<Boolean> NO_PROMOTIONS = FIELDS.conversation("no_promotions", false, Boolean::logicalOr);
    /** Set once the guest showed signs of being under 21: no gaming or alcohol for the rest of the conversation. */
    static final Key<Boolean> MINOR = FIELDS.conversation("minor", false, Boolean::logicalOr);
    /**
     * How many weak responsible-gaming signals the guest gave (at most {@link #MAX_GAMBLING_SIGNALS}):
     * one is answered, the next is handed to a host like a responsible-gaming refusal.
     */
    static final Key<Integer> GAMBLING_SIGNALS = FIELDS.conversation("gambling_signals", 0, Reducers.keepMax());
    /** The count stops here: it only has to tell none from one from more. */
    static final int MAX_GAMBLING_SIGNALS = 9;

    /**
     * The language the guest wrote in last, decided at the start of each turn from the message
     * (a message that shows none keeps it): every reply of the turn is in it.
     */
    static final Key<GuestLanguage> LANGUAGE = FIELDS.conversation("language", GuestLanguage.EN, Reducers.replace());
    /** The ids of the items the last answer cited, best first: what "it" and "there" point at in a follow-up. */
    static final Key<List<String>> LAST_CITED = FIELDS.conversation("last_cited", List.of(), Reducers.replace());
    /**
     * What the guest said about their party in this conversation, by profile wire name
     * ({@code party_size → 4}, {@code dietary → vegetarian}): used, never asked again.
     */
    static final Key<Map<String, String>> THREAD_FACTS = FIELDS.conversation("thread_facts", Map.of(), ConciergeState::mergeFacts);

    /**
     * The comp amounts the comp policy allowed this guest in this conversation (at most
     * {@link CompOffer#MAX_REMEMBERED}): the only comp amounts a later answer may name.
     */
    static final Key<List<Long>> COMPS_OFFERED = FIELDS.conversation("comps_offered", List.of(), Reducers.replace());

    /**
     * What the agent did as a host in this conversation ({@code offered → anniversary}, {@code asked →
     * party_size occasion}, {@code suggested → laugh-track}): so an incentive, a question or a
     * return-visit suggestion is never repeated in it.
     */
    static final Key<Map<String, String>> HOSTED = FIELDS.conversation("hosted", Map.of(), ConciergeState::mergeFacts);

    /**
     * How the guest sounded in their last message the router read ({@link Tone#NEUTRAL} until then): the reply
     * of a turn whose tone is not neutral acknowledges it first, stays short and offers nothing (no question,
     * no promotion, no incentive or comp — code that offers something reads this key and holds back). Kept in the
     * checkpoint, so "two upset turns in a row" holds when the next turn lands on another instance.
     */
    static final Key<Tone> TONE = FIELDS.conversation("tone", Tone.NEUTRAL, Reducers.replace());

    static final Key<String> QUESTION = FIELDS.perTurn("question", "", Reducers.replace());
    static final Key<Gate> GATE = FIELDS.perTurn("gate", Gate.OPEN, Reducers.replace());
    static final Key<GuardrailLayer> GUARDRAIL = FIELDS.perTurn("guardrail", null, Reducers.replace());
    static final Key<String> GUARDRAIL_REPLY = FIELDS.perTurn("guardrail_reply", "", Reducers.replace());
    /** What the question asks for, as {@code retrieve} read it; null until then (and after a resume: read again). */
    static final Key<Asked> ASKED = FIELDS.perTurn("asked", null, Reducers.replace());
    static final Key<Intent> INTENT = FIELDS.perTurn("intent", Intent.GENERAL, Reducers.replace());
    static final Key<List<KnowledgeItem>> RETRIEVED = FIELDS.perTurn("retrieved", List.of(), Reducers.replace());
    static final Key<String> PLAN = FIELDS.perTurn("plan", "", Reducers.replace());
    static final Key<String> DRAFT = FIELDS.perTurn("draft", "", Reducers.replace());
    static final Key<Boolean> STREAMED = FIELDS.perTurn("streamed", false, Reducers.replace());
    static final Key<Integer> ATTEMPTS = FIELDS.perTurn("attempts", 0, Reducers.keepMax());
    static final Key<String> FEEDBACK = FIELDS.perTurn("feedback", "", Reducers.replace());
    static final Key<Boolean> RETRY = FIELDS.perTurn("retry", false, Reducers.replace());
    static final Key<Validation> VALIDATION = FIELDS.perTurn("validation", Validation.PASS, Reducers.replace());
    /** Results of this turn's side-effect tool calls by call signature: each runs at most once per turn. */
    static final Key<Map<String, String>> SIDE_EFFECTS = FIELDS.perTurn("side_effects", Map.of(), Reducers.replace());

    /** Why this turn goes to {@code escalation}: a request for a person unless the router found the guest upset. */
    static final Key<HostHandOff.Reason> HAND_OFF = FIELDS.perTurn("hand_off", HostHandOff.Reason.ASKED_FOR_A_PERSON, Reducers.replace());

    static final Schema SCHEMA = FIELDS.build();

    /** What the compliance gate (or, on the model's verdict, the router) decided. */
    enum Gate {
        /** The message goes on to the router. */
        OPEN,
        /** A guardrail refused it; the gate or the router has answered. */
        REFUSED,
        /** The guest asked for a person, or is in crisis or distress: {@code escalation} answers. */
        ESCALATE,
        /** The conversation reached its message limit; the gate has answered. */
        CLOSED
    }

    /** The turn's reading of its question: the one {@code retrieve} stored, or read now. */
    static Asked asked(ai.heyseven.core.graph.GraphState state, TurnContext context) {
        Asked asked = state.get(ASKED);
        return asked != null ? asked : Asked.read(state.get(QUESTION), context.localTime().toLocalDateTime());
    }

    private static Map<String, String> mergeFacts(Map<String, String> current, Map<String, String> update) {
        if (update.isEmpty()) {
            return current;
        }
        Map<String, String> merged = new java.util.HashMap<>(current);
        merged.putAll(update);
        return Map.copyOf(merged);
    }

    private ConciergeState() {
    }
}
