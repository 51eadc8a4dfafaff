package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.ATTEMPTS;
import static ai.heyseven.core.concierge.ConciergeState.DRAFT;
import static ai.heyseven.core.concierge.ConciergeState.FEEDBACK;
import static ai.heyseven.core.concierge.ConciergeState.GAMBLING_SIGNALS;
import static ai.heyseven.core.concierge.ConciergeState.GATE;
import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL;
import static ai.heyseven.core.concierge.ConciergeState.GUARDRAIL_REPLY;
import static ai.heyseven.core.concierge.ConciergeState.HAND_OFF;
import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.LAST_CITED;
import static ai.heyseven.core.concierge.ConciergeState.MESSAGES;
import static ai.heyseven.core.concierge.ConciergeState.MINOR;
import static ai.heyseven.core.concierge.ConciergeState.NO_PROMOTIONS;
import static ai.heyseven.core.concierge.ConciergeState.PLAN;
import static ai.heyseven.core.concierge.ConciergeState.QUESTION;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;
import static ai.heyseven.core.concierge.ConciergeState.RETRY;
import static ai.heyseven.core.concierge.ConciergeState.SIDE_EFFECTS;
import static ai.heyseven.core.concierge.ConciergeState.STREAMED;
import static ai.heyseven.core.concierge.ConciergeState.THREAD_FACTS;
import static ai.heyseven.core.concierge.ConciergeState.TONE;
import static ai.heyseven.core.concierge.ConciergeState.TURN;
import static ai.heyseven.core.concierge.ConciergeState.VALIDATION;

import ai.heyseven.core.concierge.ConciergeState.Gate;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.Tone;
import ai.heyseven.ports.concierge.Validation;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the graph's state into a {@link Checkpoint} and back. Messages travel as they are; the
 * per-turn fields travel as text, and retrieved items by id (resolved again from the index), so a
 * checkpoint stays small and any instance can resume it.
 */
final class CheckpointCodec {
    /** Each side-effect result is kept under its own key: this prefix and the call's signature. */
    private static final String SIDE_EFFECT_PREFIX = "side_effect:";

    private final KnowledgeIndex index;

    CheckpointCodec(KnowledgeIndex index) {
        this.index = index;
    }

    Checkpoint encode(String threadId, String casinoId, String guestId, GraphState state, int step, String nextNode) {
        Map<String, String> values = new HashMap<>();
        put(values, QUESTION.name(), state.get(QUESTION));
        put(values, GATE.name(), state.get(GATE).name());
        put(values, GUARDRAIL.name(), state.get(GUARDRAIL) == null ? "" : state.get(GUARDRAIL).name());
        put(values, INTENT.name(), state.get(INTENT).name());
        put(values, RETRIEVED.name(), String.join("\n", state.get(RETRIEVED).stream().map(KnowledgeItem::id).toList()));
        put(values, PLAN.name(), state.get(PLAN));
        put(values, DRAFT.name(), state.get(DRAFT));
        put(values, STREAMED.name(), state.get(STREAMED) ? "true" : "");
        put(values, ATTEMPTS.name(), state.get(ATTEMPTS) == 0 ? "" : state.get(ATTEMPTS).toString());
        put(values, FEEDBACK.name(), state.get(FEEDBACK));
        put(values, RETRY.name(), state.get(RETRY) ? "true" : "");
        put(values, VALIDATION.name(), state.get(VALIDATION).name());
        put(values, GUARDRAIL_REPLY.name(), state.get(GUARDRAIL_REPLY));
        put(values, NO_PROMOTIONS.name(), state.get(NO_PROMOTIONS) ? "true" : "");
        put(values, MINOR.name(), state.get(MINOR) ? "true" : "");
        put(values, LANGUAGE.name(), state.get(LANGUAGE) == GuestLanguage.EN ? "" : state.get(LANGUAGE).code());
        put(values, GAMBLING_SIGNALS.name(), state.get(GAMBLING_SIGNALS) == 0 ? "" : state.get(GAMBLING_SIGNALS).toString());
        if (!state.get(ConciergeState.COMPS_OFFERED).isEmpty()) {
            values.put(ConciergeState.COMPS_OFFERED.name(), String.join(",", state.get(ConciergeState.COMPS_OFFERED).stream()
                    .map(String::valueOf).toList()));
        }
        put(values, TONE.name(), state.get(TONE) == Tone.NEUTRAL ? "" : state.get(TONE).wireName());
        put(values, HAND_OFF.name(), state.get(HAND_OFF) == HostHandOff.Reason.ASKED_FOR_A_PERSON ? "" : state.get(HAND_OFF).name());
        if (!state.get(LAST_CITED).isEmpty()) {
            values.put(LAST_CITED.name(), String.join("\n", state.get(LAST_CITED)));
        }
        if (!state.get(THREAD_FACTS).isEmpty()) {
            values.put(THREAD_FACTS.name(), String.join("\n", state.get(THREAD_FACTS).entrySet().stream()
                    .map(fact -> fact.getKey() + "=" + fact.getValue().replace('\n', ' ')).sorted().toList()));
        }
        if (!state.get(ConciergeState.HOSTED).isEmpty()) {
            values.put(ConciergeState.HOSTED.name(), String.join("\n", state.get(ConciergeState.HOSTED).entrySet().stream()
                    .map(fact -> fact.getKey() + "=" + fact.getValue().replace('\n', ' ')).sorted().toList()));
        }
        state.get(SIDE_EFFECTS).forEach((signature, result) -> values.put(SIDE_EFFECT_PREFIX + signature, result));
        return new Checkpoint(threadId, casinoId, guestId, state.get(TURN), step, nextNode, state.get(MESSAGES), values);
    }

    GraphState decode(Checkpoint checkpoint) {
        Map<String, String> values = checkpoint.values();
        List<KnowledgeItem> retrieved = Arrays.stream(text(values, RETRIEVED.name()).split("\n"))
                .filter(id -> !id.isEmpty())
                .map(id -> index.item(checkpoint.casinoId(), id))
                .flatMap(Optional::stream)
                .toList();
        String guardrail = text(values, GUARDRAIL.name());
        Update update = Update.of(MESSAGES, checkpoint.messages())
                .and(TURN, checkpoint.turn())
                .and(QUESTION, text(values, QUESTION.name()))
                .and(GATE, Gate.valueOf(text(values, GATE.name(), Gate.OPEN.name())))
                .and(GUARDRAIL, guardrail.isEmpty() ? null : GuardrailLayer.valueOf(guardrail))
                .and(INTENT, Intent.valueOf(text(values, INTENT.name(), Intent.GENERAL.name())))
                .and(RETRIEVED, retrieved)
                .and(PLAN, text(values, PLAN.name()))
                .and(DRAFT, text(values, DRAFT.name()))
                .and(STREAMED, !text(values, STREAMED.name()).isEmpty())
                .and(ATTEMPTS, Integer.parseInt(text(values, ATTEMPTS.name(), "0")))
                .and(FEEDBACK, text(values, FEEDBACK.name()))
                .and(RETRY, !text(values, RETRY.name()).isEmpty())
                .and(VALIDATION, Validation.valueOf(text(values, VALIDATION.name(), Validation.PASS.name())))
                .and(GUARDRAIL_REPLY, text(values, GUARDRAIL_REPLY.name()))
                .and(NO_PROMOTIONS, !text(values, NO_PROMOTIONS.name()).isEmpty())
                .and(MINOR, !text(values, MINOR.name()).isEmpty())
                .and(LANGUAGE, GuestLanguage.fromCode(text(values, LANGUAGE.name(), GuestLanguage.EN.code())).orElse(GuestLanguage.EN))
                .and(GAMBLING_SIGNALS, Math.min(ConciergeState.MAX_GAMBLING_SIGNALS,
                        Math.max(0, Integer.parseInt(text(values, GAMBLING_SIGNALS.name(), "0")))))
                .and(SIDE_EFFECTS, sideEffects(values))
                .and(TONE, Tone.fromWireName(text(values, TONE.name())).orElse(Tone.NEUTRAL))
                .and(HAND_OFF, HostHandOff.Reason.valueOf(text(values, HAND_OFF.name(), HostHandOff.Reason.ASKED_FOR_A_PERSON.name())))
                .and(LAST_CITED, lines(text(values, LAST_CITED.name())).toList())
                .and(THREAD_FACTS, threadFacts(text(values, THREAD_FACTS.name())))
                .and(ConciergeState.COMPS_OFFERED, Arrays.stream(text(values, ConciergeState.COMPS_OFFERED.name()).split(","))
                        .filter(amount -> !amount.isEmpty()).map(Long::valueOf).limit(CompOffer.MAX_REMEMBERED).toList())
                .and(ConciergeState.HOSTED, threadFacts(text(values, ConciergeState.HOSTED.name())));
        return ConciergeState.SCHEMA.initialState().merge(update);
    }

    private static java.util.stream.Stream<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isEmpty());
    }

    private static Map<String, String> threadFacts(String text) {
        Map<String, String> facts = new HashMap<>();
        lines(text).forEach(line -> {
            int equals = line.indexOf('=');
            if (equals > 0) {
                facts.put(line.substring(0, equals), line.substring(equals + 1));
            }
        });
        return Map.copyOf(facts);
    }

    private static Map<String, String> sideEffects(Map<String, String> values) {
        Map<String, String> done = new java.util.LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(SIDE_EFFECT_PREFIX)) {
                done.put(key.substring(SIDE_EFFECT_PREFIX.length()), value);
            }
        });
        return Map.copyOf(done);
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (!value.isEmpty()) {
            values.put(key, value);
        }
    }

    private static String text(Map<String, String> values, String key) {
        return text(values, key, "");
    }

    private static String text(Map<String, String> values, String key, String absent) {
        return values.getOrDefault(key, absent);
    }
}
