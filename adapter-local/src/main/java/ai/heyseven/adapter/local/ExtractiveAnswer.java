package ai.heyseven.adapter.local;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.model.ModelRequest;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/**
 * Writes an answer only from the retrieved items, in the guest's language: each item with its
 * location, price and the hours of the day asked (today, or tomorrow when the question says so) in
 * the property's time zone, then the planner's follow-up question. The items' text is their
 * translation into that language where the property gave one; the framing is {@link Phrases}'.
 * Nothing is invented.
 */
final class ExtractiveAnswer {
    static final String NOTHING_FOUND = Phrases.in(GuestLanguage.EN).nothingFound();
    private static final int MAX_ITEMS = 3;
    private static final List<String> HOUR_WORDS = List.of("open", "close", "hour", "when", "time", "tonight", "late",
            "hora", "abre", "cierra", "abiert", "fecha", "abert", "几点", "营业", "开门", "关门", "时间");
    private static final List<String> TOMORROW_WORDS = List.of("tomorrow", "amanhã", "amanha", "明天", "明日");

    private ExtractiveAnswer() {
    }

    static String write(ModelRequest request) {
        GuestLanguage language = request.language();
        Phrases words = Phrases.in(language);
        if (request.context().isEmpty()) {
            return words.nothingFound();
        }
        String question = request.question().toLowerCase(Locale.ROOT);
        boolean tomorrow = asksAboutTomorrow(question);
        DayOfWeek day = request.localTime().getDayOfWeek().plus(tomorrow ? 1 : 0);
        boolean asksWhen = HOUR_WORDS.stream().anyMatch(question::contains);
        String note = GuestNote.before(request.topic(), request.guest(), language);
        StringBuilder answer = new StringBuilder(note.isEmpty() ? words.intro()
                : note + Character.toLowerCase(words.intro().charAt(0)) + words.intro().substring(1));
        for (KnowledgeItem item : request.context().stream().limit(MAX_ITEMS).toList()) {
            answer.append("\n- ").append(item.name(language));
            String where = where(item, language, words);
            if (!where.isEmpty()) {
                answer.append(words.open()).append(where).append(words.close());
            }
            answer.append(words.colon()).append(item.description(language));
            if (!item.hours().days().isEmpty()) {
                answer.append(words.space()).append(hoursSentence(item, day, tomorrow ? words.tomorrow() : words.today(), asksWhen, words));
            }
        }
        if (!request.plan().isBlank()) {
            answer.append("\n").append(request.plan());
        }
        return answer.toString();
    }

    private static String where(KnowledgeItem item, GuestLanguage language, Phrases words) {
        String location = item.location(language);
        if (location.isEmpty()) {
            return item.priceRange();
        }
        return item.priceRange().isEmpty() ? location : location + words.comma() + item.priceRange();
    }

    private static String hoursSentence(KnowledgeItem item, DayOfWeek day, String dayWord, boolean asksWhen, Phrases words) {
        String name = words.dayName(day);
        return Facts.hoursOn(item, day, words)
                .map(hours -> words.dayHours().formatted(dayWord, name, hours))
                .orElseGet(() -> words.closedOn().formatted(dayWord, name, asksWhen ? nextOpening(item, day, words) : "",
                        dayWord.toLowerCase(words.locale())));
    }

    private static String nextOpening(KnowledgeItem item, DayOfWeek closed, Phrases words) {
        for (int ahead = 1; ahead < 7; ahead++) {
            DayOfWeek day = closed.plus(ahead);
            var hours = Facts.hoursOn(item, day, words);
            if (hours.isPresent()) {
                return words.nextOpening().formatted(words.dayName(day), hours.get());
            }
        }
        return "";
    }

    /** "tomorrow", "amanhã", "明天", or "mañana" as a day — not "la mañana", "esta mañana" (the morning). */
    static boolean asksAboutTomorrow(String lower) {
        if (TOMORROW_WORDS.stream().anyMatch(lower::contains)) {
            return true;
        }
        for (int at = lower.indexOf("mañana"); at >= 0; at = lower.indexOf("mañana", at + 1)) {
            String before = lower.substring(Math.max(0, at - 6), at);
            if (!before.endsWith("la ") && !before.endsWith("esta ")) {
                return true;
            }
        }
        return false;
    }
}
