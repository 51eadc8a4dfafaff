package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.DRAFT;
import static ai.heyseven.core.concierge.ConciergeState.INTENT;
import static ai.heyseven.core.concierge.ConciergeState.LANGUAGE;
import static ai.heyseven.core.concierge.ConciergeState.RETRIEVED;
import static ai.heyseven.core.concierge.ConciergeState.STREAMED;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Node;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.Language;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.time.LocalDateTime;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Answers what core can answer exactly, before any model writes: a question about opening hours of
 * the items being discussed ("Is the spa open right now?" → "Yes, Serenity Spa is open now, until
 * 8:00 PM.") from their hours on the property's clock, and a question for something no item offers
 * ("Do you allow dogs?" → "I don't have information about pets at …"), rather than let the best-ranked
 * unrelated items fill the gap. Either way the draft is set and the turn goes to {@code respond};
 * otherwise nothing changes and the planner and specialist write the answer.
 */
final class DirectAnswer implements Node<TurnContext> {
    /** A yes-or-no answer covers at most this many items; more is a list for the specialist. */
    static final int MAX_ITEMS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+|(?<=。)");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

    @Override
    public Update run(GraphState state, TurnContext context) {
        LocalDateTime now = context.localTime().toLocalDateTime();
        Asked asked = ConciergeState.asked(state, context);
        // the turn's language (a short follow-up keeps the conversation's), not the question's guess alone
        GuestLanguage spoken = state.get(LANGUAGE);
        AnswerPhrases say = AnswerPhrases.in(Language.of(spoken));
        List<KnowledgeItem> items = state.get(RETRIEVED);
        if (items.isEmpty() && !asked.facets().isEmpty()) {
            String label = asked.facets().getFirst().label(Language.of(spoken));
            return written(String.format(say.locale(), say.notKnown(), label, context.casino().displayName()));
        }
        if (!answersHours(asked, items, state)) {
            return Update.none();
        }
        StringJoiner answer = new StringJoiner("\n");
        items.stream().limit(MAX_ITEMS).filter(item -> !item.hours().days().isEmpty())
                .forEach(item -> answer.add(HoursAnswer.of(item, spoken, asked, now, say) + extras(item, spoken, say)));
        return written(answer.toString());
    }

    private static boolean answersHours(Asked asked, List<KnowledgeItem> items, GraphState state) {
        if (items.isEmpty() || items.stream().limit(MAX_ITEMS).allMatch(item -> item.hours().days().isEmpty())) {
            return false;
        }
        return switch (asked.form()) {
            case YES_NO -> items.size() <= MAX_ITEMS;
            case HOURS -> items.size() == 1 || asked.followsUp(state.get(INTENT));
            case LIST -> false;
        };
    }

    /**
     * The item's price range, and the sentences of its description (translated where it is) that give
     * times ("Shows at 19:00 and 21:30, dark on Mondays.").
     */
    private static String extras(KnowledgeItem item, GuestLanguage spoken, AnswerPhrases say) {
        StringBuilder extras = new StringBuilder();
        if (!item.priceRange().isEmpty()) {
            extras.append(' ').append(String.format(say.locale(), say.prices(), item.priceRange()));
        }
        for (String sentence : SENTENCE_END.split(item.description(spoken))) {
            if (CLOCK_TIME.matcher(sentence).find()) {
                String kept = sentence.strip();
                extras.append(' ').append(kept).append(kept.endsWith(".") || kept.endsWith("。") ? "" : ".");
            }
        }
        return extras.toString();
    }

    private static Update written(String draft) {
        return Update.of(DRAFT, draft).and(STREAMED, false);
    }
}
