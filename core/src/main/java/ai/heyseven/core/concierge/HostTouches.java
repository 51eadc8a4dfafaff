package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.HOSTED;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.telemetry.Measurement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a host adds to an answer of its own accord, at most one thing a turn: the property's
 * occasion incentive (once per guest and stay), else (for an identified guest, the one profiling is
 * for) one natural question about the visit the agent does not know the answer to; and when the guest winds down, one upcoming event they would
 * like. Never in a sensitive moment: after a guardrail, for a guest who showed a gambling problem
 * or may be a minor, in distress (the turn escalated) — those turns never reach here or are checked.
 */
final class HostTouches {
    /** A stay, for "once per guest and stay": an incentive is not offered again within it. */
    static final int STAY_DAYS = 7;
    private static final List<String> YES = List.of(" yes ", " yes please ", " sounds great ", " love that ", " love to ",
            " sure ", " si ", " claro ", " me encantaria ", " sim ", " quero ", " adoraria ");
    private static final List<String> HAN_YES = List.of("好的", "好啊", "可以", "太好了");
    private static final List<String> WIND_DOWN = List.of(" that s all ", " that s it ", " that s everything ", " nothing else ",
            " all set ", " eso es todo ", " nada mas ", " e so isso ", " so isso ", " mais nada ", " bye ", " goodbye ", " adios ",
            " tchau ");
    private static final List<String> HAN_WIND_DOWN = List.of("就这些", "没有了", "再见", "没别的");

    private final GuestMemory memory;

    HostTouches(GuestMemory memory) {
        this.memory = memory;
    }

    /** What this turn adds after its answer, if anything: the text to append and the update that remembers it. */
    record Touch(String text, Update update) { }

    /** After an answer: the occasion incentive, else one question; nothing in a sensitive moment. */
    Optional<Touch> after(GraphState state, TurnContext context, String answer) {
        if (sensitive(state)) {
            return Optional.empty();
        }
        Map<String, String> hosted = state.get(HOSTED);
        String padded = Words.padded(state.get(ConciergeState.QUESTION));
        Update accepted = accepted(hosted, padded, state.get(ConciergeState.QUESTION), context);
        Map<String, String> facts = facts(state, context);
        GuestLanguage language = state.get(ConciergeState.LANGUAGE);
        Optional<Touch> touch = incentive(facts, hosted, context, language)
                .or(() -> context.guestId() == null || answer.contains("?") || answer.contains("？") ? Optional.empty()
                        : ProfileQuestions.next(state.get(ConciergeState.INTENT), facts, hosted, language));
        return touch.map(found -> new Touch(found.text(), accepted.and(found.update())))
                .or(() -> accepted == Update.none() ? Optional.empty() : Optional.of(new Touch("", accepted)));
    }

    /** Whether the guest is winding down ("thanks, that's all"): the moment for one return-visit suggestion. */
    static boolean windsDown(String message) {
        String padded = Words.padded(message);
        return WIND_DOWN.stream().anyMatch(padded::contains) || Words.hasHan(message) && HAN_WIND_DOWN.stream().anyMatch(message::contains);
    }

    /** One upcoming event the guest would like, once a conversation; nothing in a sensitive moment or where the casino turned it off. */
    Optional<Touch> returnVisit(GraphState state, TurnContext context, List<KnowledgeItem> events) {
        if (sensitive(state) || !context.casino().hosting().returnVisits() || state.get(HOSTED).containsKey("suggested")) {
            return Optional.empty();
        }
        Map<String, String> facts = facts(state, context);
        String likes = facts.getOrDefault(ProfileField.ENTERTAINMENT_PREFERENCES.wireName(), "");
        boolean adult = !state.get(ConciergeState.MINOR);
        Optional<KnowledgeItem> pick = events.stream()
                .filter(item -> item.category() == Intent.ENTERTAINMENT)
                .filter(item -> adult || !item.tags().contains("21+"))
                .filter(item -> !item.tags().contains("box office"))
                .max(java.util.Comparator.comparingInt(item -> liking(item, likes)));
        return pick.map(item -> {
            context.telemetry().record(new Measurement.HostOffered("return_visit", "offered"));
            GuestLanguage language = state.get(ConciergeState.LANGUAGE);
            return new Touch(HostPhrases.returnVisit(item.name(language), language), Update.of(HOSTED, Map.of("suggested", item.id())));
        });
    }

    private static int liking(KnowledgeItem item, String likes) {
        int score = 0;
        for (String said : likes.split(",")) { // one character: String.split compiles no pattern
            String like = said.strip();
            if (!like.isEmpty() && (item.tags().stream().anyMatch(tag -> tag.contains(like) || like.contains(tag))
                    || item.description().toLowerCase(java.util.Locale.ROOT).contains(like))) {
                score++;
            }
        }
        return score;
    }

    private Optional<Touch> incentive(Map<String, String> facts, Map<String, String> hosted, TurnContext context, GuestLanguage language) {
        if (hosted.containsKey("offered")) {
            return Optional.empty();
        }
        Optional<Occasion> occasion = Optional.ofNullable(facts.get(ProfileField.OCCASION.wireName())).flatMap(Occasion::stored);
        if (occasion.isEmpty() || offeredThisStay(context)) {
            return Optional.empty();
        }
        return context.casino().hosting().occasionOffer(occasion.get().kind(), language.code()).map(offer -> {
            memory.keep(context.casino().id(), context.guestId(), ProfileField.OCCASION_OFFERED, context.localTime().toLocalDate().toString());
            context.telemetry().record(new Measurement.HostOffered("occasion", "offered"));
            return new Touch(HostPhrases.incentive(occasion.get().said(language), offer, language),
                    Update.of(HOSTED, Map.of("offered", occasion.get().kind())));
        });
    }

    private static boolean offeredThisStay(TurnContext context) {
        String last = context.guestFacts().get(ProfileField.OCCASION_OFFERED.wireName());
        if (last == null) {
            return false;
        }
        try {
            return !LocalDate.parse(last).plusDays(STAY_DAYS).isBefore(context.localTime().toLocalDate());
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** A "yes please" right after an offer counts it accepted, once. */
    private static Update accepted(Map<String, String> hosted, String padded, String message, TurnContext context) {
        if (!hosted.containsKey("offered") || hosted.containsKey("accepted")) {
            return Update.none();
        }
        if (YES.stream().anyMatch(padded::contains) || Words.hasHan(message) && HAN_YES.stream().anyMatch(message::contains)) {
            context.telemetry().record(new Measurement.HostOffered("occasion", "accepted"));
            return Update.of(HOSTED, Map.of("accepted", hosted.get("offered")));
        }
        return Update.none();
    }

    private static boolean sensitive(GraphState state) {
        return state.get(ConciergeState.GUARDRAIL) != null || state.get(ConciergeState.NO_PROMOTIONS) || state.get(ConciergeState.MINOR)
                || state.get(ConciergeState.GATE) != ConciergeState.Gate.OPEN;
    }

    /** The profile's facts, this conversation's over them, and this message's over those. */
    private static Map<String, String> facts(GraphState state, TurnContext context) {
        Map<String, String> facts = new HashMap<>(context.guestFacts());
        facts.putAll(state.get(ConciergeState.THREAD_FACTS));
        context.statedIn(state.get(ConciergeState.QUESTION)).forEach((field, value) -> facts.put(field.wireName(), value));
        return facts;
    }
}
