package ai.heyseven.adapter.local;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.knowledge.ItemTranslation;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.OpenSpan;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
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
     * Every fact of an item as text, in every form an answer in {@code language} may state it — its
     * default text and its text in that language, its hours in English and that language's words:
     * the grounding reference.
     */
    static String reference(KnowledgeItem item, GuestLanguage language) {
        StringBuilder text = new StringBuilder(512)
                .append(item.name()).append('\n')
                .append(item.description()).append('\n')
                .append(item.location()).append('\n')
                .append(item.priceRange()).append('\n');
        ItemTranslation translation = item.translations().get(language);
        if (translation != null) {
            text.append(translation.name()).append('\n')
                    .append(translation.description()).append('\n')
                    .append(translation.location()).append('\n');
        }
        appendHours(text, item, Phrases.in(GuestLanguage.EN));
        if (language != GuestLanguage.EN) {
            appendHours(text, item, Phrases.in(language));
        }
        return text.toString();
    }

    private static void appendHours(StringBuilder text, KnowledgeItem item, Phrases words) {
        item.hours().days().forEach((day, span) -> text.append(words.dayName(day)).append(' ')
                .append(span).append(' ').append(span(span, words)).append('\n'));
    }

    /** Whether {@code lowerCaseText} names the item, by its default name or its name in {@code language}. */
    static boolean named(KnowledgeItem item, String lowerCaseText, GuestLanguage language) {
        return lowerCaseText.contains(item.name().toLowerCase(Locale.ROOT))
                || lowerCaseText.contains(item.name(language).toLowerCase(Locale.ROOT));
    }
}
