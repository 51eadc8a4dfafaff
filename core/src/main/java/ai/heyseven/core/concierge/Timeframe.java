package ai.heyseven.core.concierge;

import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * When a question is about: right now ("is the spa open now?"), tonight ("any comedy tonight?"), or
 * no particular time. Answered against each item's hours in the property's local time.
 */
enum Timeframe {
    ANY, NOW, TONIGHT;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NOW_WORDS = Pattern.compile(
            "\\b(open now|opened now|right now|still open|currently open|open at the moment|open yet"
                    + "|abiert[oa]s? ahora|ahora mismo|sigue abiert[oa]|todav[ií]a abiert[oa]|aberto agora|agora mesmo)\\b|现在", FLAGS);
    private static final Pattern TONIGHT_WORDS = Pattern.compile(
            "\\b(tonight|this evening|later this evening|esta noche|hoy en la noche|esta noite|hoje à noite)\\b|今晚", FLAGS);
    /** Where "tonight" begins, unless it is later already. */
    private static final LocalTime EVENING = LocalTime.of(17, 0);
    /** Where "tonight" ends, on the next morning. */
    private static final LocalTime NIGHT_ENDS = LocalTime.of(4, 0);

    /** The timeframe {@code question} asks about. Linear-time patterns over input the caller already capped. */
    static Timeframe of(String question) {
        if (NOW_WORDS.matcher(question).find()) {
            return NOW;
        }
        return TONIGHT_WORDS.matcher(question).find() ? TONIGHT : ANY;
    }

    /** Whether an item with {@code hours} is open in this timeframe, seen at {@code local} time. */
    boolean fits(WeeklyHours hours, LocalDateTime local) {
        return switch (this) {
            case ANY -> true;
            case NOW -> hours.isOpenAt(local);
            case TONIGHT -> {
                if (local.toLocalTime().isBefore(NIGHT_ENDS)) {
                    yield hours.isOpenDuring(local, local.toLocalDate().atTime(NIGHT_ENDS));
                }
                LocalDateTime evening = local.toLocalDate().atTime(EVENING);
                yield hours.isOpenDuring(local.isAfter(evening) ? local : evening, local.toLocalDate().plusDays(1).atTime(NIGHT_ENDS));
            }
        };
    }
}
