package ai.heyseven.adapter.local;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.model.ModelRequest;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/**
 * Writes an answer only from the retrieved items: each item with its location, price and today's
 * hours in the property's time zone, then the planner's follow-up question. Nothing is invented.
 */
final class ExtractiveAnswer {
    static final String NOTHING_FOUND = "I'm sorry, I couldn't find that in what I know about the property. "
            + "The front desk will be glad to help with anything I can't answer.";
    private static final int MAX_ITEMS = 3;

    private ExtractiveAnswer() {
    }

    static String write(ModelRequest request) {
        if (request.context().isEmpty()) {
            return NOTHING_FOUND;
        }
        DayOfWeek today = request.localTime().getDayOfWeek();
        boolean asksWhen = asksAboutHours(request.question());
        StringBuilder answer = new StringBuilder("Here's what I found for you:");
        List<KnowledgeItem> items = request.context().stream().limit(MAX_ITEMS).toList();
        for (KnowledgeItem item : items) {
            answer.append("\n- ").append(item.name());
            String where = where(item);
            if (!where.isEmpty()) {
                answer.append(" (").append(where).append(')');
            }
            answer.append(": ").append(item.description());
            if (!item.hours().days().isEmpty()) {
                answer.append(' ').append(hoursSentence(item, today, asksWhen));
            }
        }
        if (!request.plan().isBlank()) {
            answer.append("\n").append(request.plan());
        }
        return answer.toString();
    }

    private static String where(KnowledgeItem item) {
        if (item.location().isEmpty()) {
            return item.priceRange();
        }
        return item.priceRange().isEmpty() ? item.location() : item.location() + ", " + item.priceRange();
    }

    private static String hoursSentence(KnowledgeItem item, DayOfWeek today, boolean asksWhen) {
        String day = Facts.dayName(today);
        return Facts.hoursOn(item, today)
                .map(hours -> "Today (" + day + ") it's " + hours + ".")
                .orElseGet(() -> "It's closed today (" + day + ")" + (asksWhen ? nextOpening(item, today) : "") + ".");
    }

    private static String nextOpening(KnowledgeItem item, DayOfWeek today) {
        for (int ahead = 1; ahead < 7; ahead++) {
            DayOfWeek day = today.plus(ahead);
            var hours = Facts.hoursOn(item, day);
            if (hours.isPresent()) {
                return "; next " + Facts.dayName(day) + ", " + hours.get();
            }
        }
        return "";
    }

    private static boolean asksAboutHours(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return lower.contains("open") || lower.contains("close") || lower.contains("hour") || lower.contains("when")
                || lower.contains("time") || lower.contains("tonight") || lower.contains("late");
    }
}
