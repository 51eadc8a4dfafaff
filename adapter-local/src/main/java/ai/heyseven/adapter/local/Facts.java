package ai.heyseven.adapter.local;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.knowledge.ItemTranslation;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.OpenSpan;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

/** How the offline model states an item's facts; the grounding check reads facts the same way. */
final class Facts {

    private Facts() {
    }

    /** "open 5:00 PM to 11:00 PM", "abre de 17:00 a 23:00", or empty when the item has no hours that day. */
    static Optional<String> hoursOn(KnowledgeItem item, DayOfWeek day, Phrases words) {
        return item.hours().on(day).map(span -> span(span, words));
    }

    static String span(OpenSpan span, Phrases words) {
        if (span.aroundTheClock()) {
            return words.aroundTheClock();
        }
        if (span.closes().equals(LocalTime.MIDNIGHT)) {
            return words.fromTo().formatted(words.clock(span.opens()), words.midnight());
        }
        return words.fromTo().formatted(words.clock(span.opens()), words.clock(span.closes()))
                + (span.closesNextDay() ? words.pastMidnight() : "");
    }

    /**
     * Every fact of an item as text, in every form an answer may state it — its text in each
     * language it has, its hours in each language's words: the grounding reference.
     */
    static String reference(KnowledgeItem item) {
        StringBuilder text = new StringBuilder()
                .append(item.name()).append('\n')
                .append(item.description()).append('\n')
                .append(item.location()).append('\n')
                .append(item.priceRange()).append('\n');
        for (ItemTranslation translation : item.translations().values()) {
            text.append(translation.name()).append('\n')
                    .append(translation.description()).append('\n')
                    .append(translation.location()).append('\n');
        }
        for (Phrases words : Phrases.all()) {
            item.hours().days().forEach((day, span) -> text.append(words.dayName(day)).append(' ')
                    .append(span).append(' ').append(span(span, words)).append('\n'));
        }
        return text.toString();
    }

    /** Whether {@code lowerCaseText} names the item in any of its languages. */
    static boolean named(KnowledgeItem item, String lowerCaseText) {
        for (GuestLanguage language : GuestLanguage.values()) {
            if (lowerCaseText.contains(item.name(language).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
