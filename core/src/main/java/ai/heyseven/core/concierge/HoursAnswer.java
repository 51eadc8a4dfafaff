package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.OpenSpan;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The direct answer about one item's hours: "Yes, Serenity Spa is open now, until 8:00 PM." or
 * "No, … isn't open at 11:00 PM. It opens tomorrow (Wednesday) at 5:00 PM." for a yes-or-no
 * question; "Tomorrow (Tuesday), Desert Bloom Buffet is open from 7:00 AM to 9:00 PM." for a
 * what-time question — for the day and time asked, on the property's clock, in the guest's language.
 */
final class HoursAnswer {
    private static final int WEEK = 7;

    private HoursAnswer() {
    }

    /** About {@code item}, named as in {@code spoken} (its translation, or its own name). */
    static String of(KnowledgeItem item, GuestLanguage spoken, Asked asked, LocalDateTime now, AnswerPhrases say) {
        String name = item.name(spoken);
        return asked.form() == Asked.Form.YES_NO ? yesOrNo(item, name, asked.time(), now, say) : hours(item, name, asked.time(), now, say);
    }

    private static String yesOrNo(KnowledgeItem item, String name, AskedTime time, LocalDateTime now, AnswerPhrases say) {
        WeeklyHours hours = item.hours();
        return switch (time.kind()) {
            case NONE, NOW, AT -> {
                LocalDateTime at = time.kind() == AskedTime.Kind.AT ? time.at() : now;
                String when = time.kind() == AskedTime.Kind.AT ? atPhrase(at, now, say) : say.now();
                Optional<LocalTime> closes = closingOfSpanAt(hours, at);
                if (closes.isPresent()) {
                    yield closes.get().equals(LocalTime.MIDNIGHT) && aroundTheClock(hours, at.toLocalDate())
                            ? String.format(say.locale(), say.yesAllDay(), name, when)
                            : String.format(say.locale(), say.yesOpen(), name, when, say.clock(closes.get()));
                }
                yield String.format(say.locale(), say.no(), name, when) + nextOpening(hours, at, now, say);
            }
            case TONIGHT -> {
                boolean open = Timeframe.TONIGHT.fits(hours, now);
                String sentence = dayHours(item, name, time.at().toLocalDate(), now, say);
                yield (open ? say.yes() : say.noWord()) + ". " + sentence
                        + (open ? "" : nextOpening(hours, time.at(), now, say));
            }
            case DAY -> {
                boolean open = hours.on(time.at().getDayOfWeek()).isPresent();
                yield (open ? say.yes() : say.noWord()) + ". " + dayHours(item, name, time.at().toLocalDate(), now, say)
                        + (open ? "" : nextOpening(hours, time.at(), now, say));
            }
        };
    }

    private static String hours(KnowledgeItem item, String name, AskedTime time, LocalDateTime now, AnswerPhrases say) {
        LocalDate day = time.kind() == AskedTime.Kind.NONE || time.kind() == AskedTime.Kind.NOW ? now.toLocalDate() : time.at().toLocalDate();
        boolean open = item.hours().on(day.getDayOfWeek()).isPresent();
        return dayHours(item, name, day, now, say) + (open ? "" : nextOpening(item.hours(), day.atStartOfDay(), now, say));
    }

    private static String dayHours(KnowledgeItem item, String name, LocalDate day, LocalDateTime now, AnswerPhrases say) {
        String dayPhrase = say.capitalized(say.day(day.getDayOfWeek(), ChronoUnit.DAYS.between(now.toLocalDate(), day)));
        Optional<OpenSpan> span = item.hours().on(day.getDayOfWeek());
        if (span.isEmpty()) {
            return String.format(say.locale(), say.closedOn(), dayPhrase, name);
        }
        if (span.get().aroundTheClock()) {
            return String.format(say.locale(), say.allDayOn(), dayPhrase, name);
        }
        return String.format(say.locale(), say.hoursOn(), dayPhrase, name, say.clock(span.get().opens()), say.clock(span.get().closes()));
    }

    private static String atPhrase(LocalDateTime at, LocalDateTime now, AnswerPhrases say) {
        String clock = String.format(say.locale(), say.atTime(), say.clock(at.toLocalTime()));
        long ahead = ChronoUnit.DAYS.between(now.toLocalDate(), at.toLocalDate());
        return ahead == 0 ? clock : say.day(at.getDayOfWeek(), ahead) + " " + clock;
    }

    /** When the span open at {@code at} closes (midnight for one open around the clock), or empty when closed then. */
    private static Optional<LocalTime> closingOfSpanAt(WeeklyHours hours, LocalDateTime at) {
        if (!hours.isOpenAt(at)) {
            return Optional.empty();
        }
        Optional<OpenSpan> yesterday = hours.on(at.getDayOfWeek().minus(1));
        if (yesterday.isPresent() && yesterday.get().closesNextDay() && at.toLocalTime().isBefore(yesterday.get().closes())) {
            return Optional.of(yesterday.get().closes());
        }
        return hours.on(at.getDayOfWeek()).map(OpenSpan::closes);
    }

    private static boolean aroundTheClock(WeeklyHours hours, LocalDate day) {
        return hours.on(day.getDayOfWeek()).map(OpenSpan::aroundTheClock).orElse(false);
    }

    /** " It opens tomorrow (Wednesday) at 5:00 PM." — the first opening after {@code after}, or nothing within a week. */
    private static String nextOpening(WeeklyHours hours, LocalDateTime after, LocalDateTime now, AnswerPhrases say) {
        for (int ahead = 0; ahead <= WEEK; ahead++) {
            LocalDate date = after.toLocalDate().plusDays(ahead);
            Optional<OpenSpan> span = hours.on(date.getDayOfWeek());
            if (span.isPresent() && !span.get().aroundTheClock() && date.atTime(span.get().opens()).isAfter(after)) {
                String day = say.day(date.getDayOfWeek(), ChronoUnit.DAYS.between(now.toLocalDate(), date));
                return " " + String.format(say.locale(), say.opensNext(), day, say.clock(span.get().opens()));
            }
        }
        return "";
    }
}
