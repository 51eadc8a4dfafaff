package ai.heyseven.adapter.local;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.OpenSpan;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** How the offline model states an item's facts; the grounding check reads facts the same way. */
final class Facts {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private Facts() {
    }

    static String clock(LocalTime time) {
        return CLOCK.format(time);
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    /** "open 5:00 PM to 11:00 PM", "open 24 hours", or empty when the item has no hours that day. */
    static Optional<String> hoursOn(KnowledgeItem item, DayOfWeek day) {
        return item.hours().on(day).map(Facts::span);
    }

    static String span(OpenSpan span) {
        if (span.aroundTheClock()) {
            return "open 24 hours";
        }
        return "open " + clock(span.opens()) + " to " + clock(span.closes())
                + (span.closesNextDay() ? " (past midnight)" : "");
    }

    /** Every fact of an item as text, in every form an answer may state it: the grounding reference. */
    static String reference(KnowledgeItem item) {
        StringBuilder text = new StringBuilder()
                .append(item.name()).append('\n')
                .append(item.description()).append('\n')
                .append(item.location()).append('\n')
                .append(item.priceRange()).append('\n');
        item.hours().days().forEach((day, span) -> text.append(dayName(day)).append(' ')
                .append(span).append(' ').append(span(span)).append('\n'));
        return text.toString();
    }
}
