package ai.heyseven.ports.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Opening hours per day of the week; a day that is absent is closed. */
public record WeeklyHours(Map<DayOfWeek, OpenSpan> days) {

    /** No hours at all (a room type, a loyalty tier). */
    public static final WeeklyHours NONE = new WeeklyHours(Map.of());

    public WeeklyHours {
        days = Map.copyOf(days);
    }

    /** Builds from the wire form {@code {"mon": "17:00-23:00", ...}}; unknown day names are refused. */
    public static WeeklyHours parse(Map<String, String> wire) {
        Map<DayOfWeek, OpenSpan> days = new EnumMap<>(DayOfWeek.class);
        wire.forEach((day, span) -> days.put(dayOf(day), OpenSpan.parse(span)));
        return new WeeklyHours(days);
    }

    /** The wire form {@code {"mon": "17:00-23:00", ...}}, the inverse of {@link #parse}. */
    public Map<String, String> toWire() {
        Map<String, String> wire = new java.util.LinkedHashMap<>();
        days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(day -> wire.put(day.getKey().name().substring(0, 3).toLowerCase(java.util.Locale.ROOT), day.getValue().toString()));
        return wire;
    }

    /** The hours of {@code day}, if open that day. */
    public Optional<OpenSpan> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    /** Whether open at {@code time}, counting spans that began the day before and run past midnight. */
    public boolean isOpenAt(LocalDateTime time) {
        OpenSpan today = days.get(time.getDayOfWeek());
        if (today != null && (today.aroundTheClock() || opensBeforeAndClosesAfter(today, time))) {
            return true;
        }
        OpenSpan yesterday = days.get(time.getDayOfWeek().minus(1));
        return yesterday != null && yesterday.closesNextDay() && time.toLocalTime().isBefore(yesterday.closes());
    }

    /**
     * Whether open at any moment from {@code from} (inclusive) to {@code to} (exclusive), counting
     * spans that began the day before and run past midnight.
     */
    public boolean isOpenDuring(LocalDateTime from, LocalDateTime to) {
        if (!from.isBefore(to)) {
            return false;
        }
        if (!from.plusWeeks(1).isAfter(to)) {
            return !days.isEmpty();
        }
        for (var date = from.toLocalDate().minusDays(1); !date.isAfter(to.toLocalDate()); date = date.plusDays(1)) {
            OpenSpan span = days.get(date.getDayOfWeek());
            if (span == null) {
                continue;
            }
            LocalDateTime opens = date.atTime(span.opens());
            LocalDateTime closes = span.aroundTheClock() || span.closesNextDay()
                    ? date.plusDays(1).atTime(span.closes()) : date.atTime(span.closes());
            if (opens.isBefore(to) && closes.isAfter(from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensBeforeAndClosesAfter(OpenSpan span, LocalDateTime time) {
        var clock = time.toLocalTime();
        if (clock.isBefore(span.opens())) {
            return false;
        }
        return span.closesNextDay() || clock.isBefore(span.closes());
    }

    private static DayOfWeek dayOf(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().substring(0, 3).equalsIgnoreCase(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a day (mon, tue, wed, thu, fri, sat, sun)");
    }
}
