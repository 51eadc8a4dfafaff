package ai.heyseven.core.concierge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a question is about, on the property's clock: none named, now, tonight, a day
 * ("tomorrow", "on Friday", "mañana", "明天"), or a time of day ("after 11", "a las 9", "às 22h",
 * "晚上10点"), which may come with a day. An hour without am/pm is the next one to come today
 * ("after 11" at 18:37 is 23:00), or the daytime one on another day before 7 ("at 9" tomorrow is 09:00).
 *
 * @param at the moment asked about (now when none is named); for a {@link Kind#DAY}, the start of that day
 */
record AskedTime(Kind kind, LocalDateTime at) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NOW = Pattern.compile(
            " (now|right now|at the moment|currently|ahora|ahorita|en este momento|agora|neste momento) |现在|目前", FLAGS);
    private static final Pattern TONIGHT = Pattern.compile(" (tonight|this evening|esta noche|esta noite|hoje a noite) |今晚", FLAGS);
    private static final Pattern TOMORROW = Pattern.compile(" (tomorrow|amanha) |(?<!(la|esta|por|de) )manana (?!de la)|明天", FLAGS);
    private static final Pattern CLOCK = Pattern.compile(
            " (after|at|past|around|by|until|till|before|from|a las|despues de las|hasta las|antes de las|desde las|as|depois das|ate as|apos as|antes das)"
                    + " (\\d{1,2})(?: (\\d{2}))?(?: ?(am|pm|a m|p m|h|hs|horas))? |(\\d{1,2})(?: (\\d{2}))? ?(am|pm) ", FLAGS);
    private static final Pattern HAN_CLOCK = Pattern.compile("(早上|上午|中午|下午|晚上)?(\\d{1,2})点");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("lune", DayOfWeek.MONDAY), Map.entry("marte", DayOfWeek.TUESDAY),
            Map.entry("miercole", DayOfWeek.WEDNESDAY), Map.entry("jueve", DayOfWeek.THURSDAY), Map.entry("vierne", DayOfWeek.FRIDAY),
            Map.entry("sabado", DayOfWeek.SATURDAY), Map.entry("domingo", DayOfWeek.SUNDAY), Map.entry("segunda", DayOfWeek.MONDAY),
            Map.entry("terca", DayOfWeek.TUESDAY), Map.entry("quarta", DayOfWeek.WEDNESDAY), Map.entry("quinta", DayOfWeek.THURSDAY),
            Map.entry("sexta", DayOfWeek.FRIDAY), Map.entry("星期一", DayOfWeek.MONDAY), Map.entry("星期二", DayOfWeek.TUESDAY),
            Map.entry("星期三", DayOfWeek.WEDNESDAY), Map.entry("星期四", DayOfWeek.THURSDAY), Map.entry("星期五", DayOfWeek.FRIDAY),
            Map.entry("星期六", DayOfWeek.SATURDAY), Map.entry("星期日", DayOfWeek.SUNDAY), Map.entry("星期天", DayOfWeek.SUNDAY),
            Map.entry("周一", DayOfWeek.MONDAY), Map.entry("周二", DayOfWeek.TUESDAY), Map.entry("周三", DayOfWeek.WEDNESDAY),
            Map.entry("周四", DayOfWeek.THURSDAY), Map.entry("周五", DayOfWeek.FRIDAY), Map.entry("周六", DayOfWeek.SATURDAY),
            Map.entry("周日", DayOfWeek.SUNDAY));
    /** Before this hour, an hour named for another day without am/pm is read as the afternoon or evening. */
    private static final int DAYTIME_FROM = 7;
    private static final LocalTime EVENING = LocalTime.of(19, 0);

    /** What kind of time was named. */
    enum Kind { NONE, NOW, TONIGHT, DAY, AT }

    AskedTime {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** The time {@code padded} (see {@link Words}) or the raw question names, seen at {@code now}. */
    static AskedTime read(String padded, String raw, LocalDateTime now) {
        LocalDate day = day(padded, raw, now.toLocalDate());
        LocalTime clock = clock(padded, raw, day.equals(now.toLocalDate()) ? now.toLocalTime() : null);
        if (clock != null) {
            LocalDateTime at = day.atTime(clock);
            return new AskedTime(Kind.AT, at.isBefore(now.minusHours(12)) ? at.plusDays(1) : at);
        }
        if (!day.equals(now.toLocalDate())) {
            return new AskedTime(Kind.DAY, day.atStartOfDay());
        }
        if (TONIGHT.matcher(padded).find() || TONIGHT.matcher(raw).find()) {
            return new AskedTime(Kind.TONIGHT, now.toLocalTime().isBefore(EVENING) ? now.toLocalDate().atTime(EVENING) : now);
        }
        return new AskedTime(NOW.matcher(padded).find() || NOW.matcher(raw).find() ? Kind.NOW : Kind.NONE, now);
    }

    private static LocalDate day(String padded, String raw, LocalDate today) {
        if (TOMORROW.matcher(padded).find() || TOMORROW.matcher(raw).find()) {
            return today.plusDays(1);
        }
        for (Map.Entry<String, DayOfWeek> entry : DAYS.entrySet()) {
            String name = entry.getKey();
            boolean named = Character.UnicodeScript.of(name.charAt(0)) == Character.UnicodeScript.HAN
                    ? raw.contains(name) : padded.contains(" " + name + " ");
            if (named) {
                int ahead = (entry.getValue().getValue() - today.getDayOfWeek().getValue() + 7) % 7;
                return today.plusDays(ahead);
            }
        }
        return today;
    }

    /** The time of day named, or null; {@code nowToday} is the time now when the day asked is today, else null. */
    private static LocalTime clock(String padded, String raw, LocalTime nowToday) {
        Matcher han = HAN_CLOCK.matcher(raw);
        if (han.find()) {
            int hour = Integer.parseInt(han.group(2));
            boolean pm = han.group(1) != null && (han.group(1).equals("下午") || han.group(1).equals("晚上"));
            return hour > 23 ? null : resolve(hour, 0, pm ? "pm" : han.group(1) != null ? "am" : null, nowToday);
        }
        Matcher clock = CLOCK.matcher(padded);
        if (!clock.find()) {
            return null;
        }
        boolean spoken = clock.group(2) != null;
        int hour = Integer.parseInt(spoken ? clock.group(2) : clock.group(5));
        String minutes = spoken ? clock.group(3) : clock.group(6);
        String marker = spoken ? clock.group(4) : clock.group(7);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (hour > 24 || minute > 59) {
            return null;
        }
        return resolve(hour % 24, minute, marker == null ? null : marker.replace(" ", ""), nowToday);
    }

    private static LocalTime resolve(int hour, int minute, String marker, LocalTime nowToday) {
        if ("pm".equals(marker) && hour < 12) {
            return LocalTime.of(hour + 12, minute);
        }
        if ("am".equals(marker)) {
            return LocalTime.of(hour == 12 ? 0 : hour, minute);
        }
        if (hour > 12 || hour == 0 || marker != null) {
            return LocalTime.of(hour, minute);
        }
        LocalTime morning = LocalTime.of(hour % 12, minute);
        LocalTime evening = LocalTime.of(hour % 12 + 12, minute);
        if (nowToday == null) {
            return hour < DAYTIME_FROM ? evening : morning;
        }
        return nowToday.isAfter(morning) ? evening : morning;
    }
}
