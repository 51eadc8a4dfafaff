package ai.heyseven.core.concierge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
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
    private static final List<String> NOW = Words.phrases("now", "right now", "at the moment", "currently", "ahora", "ahorita",
            "en este momento", "agora", "neste momento");
    private static final List<String> NOW_HAN = List.of("现在", "目前");
    private static final List<String> TONIGHT = Words.phrases("tonight", "this evening", "esta noche", "esta noite", "hoje a noite");
    private static final List<String> TONIGHT_HAN = List.of("今晚");
    private static final List<String> TOMORROW = Words.phrases("tomorrow", "amanha");
    /** "Mañana" is tomorrow, unless it is "la mañana" (the morning). */
    private static final List<String> MANANA = Words.phrases("manana");
    private static final List<String> MORNING = Words.phrases("la manana", "esta manana");
    private static final List<String> TOMORROW_HAN = List.of("明天");
    /** Only a question with a digit can name a time of day; the pattern runs on at most {@link Words#MAX_INPUT} characters. */
    private static final Pattern CLOCK = Pattern.compile(
            " (after|at|past|around|by|until|till|before|from|a las|despues de las|hasta las|antes de las|desde las|as|depois das|ate as|apos as|antes das)"
                    + " (\\d{1,2})(?: (\\d{2}))?(?: ?(am|pm|a m|p m|h|hs|horas))? |(\\d{1,2})(?: (\\d{2}))? ?(am|pm) ");
    private static final Pattern HAN_CLOCK = Pattern.compile("(早上|上午|中午|下午|晚上)?(\\d{1,2})点");
    /** Day names (folded, without the plural "s" {@link Words} drops) → the day. */
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

    /** Padded day names, for {@link Words#anyIn}. */
    private static final Map<String, DayOfWeek> PADDED_DAYS = DAYS.entrySet().stream()
            .filter(day -> Character.UnicodeScript.of(day.getKey().charAt(0)) != Character.UnicodeScript.HAN)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(day -> " " + day.getKey() + " ", Map.Entry::getValue));
    private static final Map<String, DayOfWeek> HAN_DAYS = DAYS.entrySet().stream()
            .filter(day -> Character.UnicodeScript.of(day.getKey().charAt(0)) == Character.UnicodeScript.HAN)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** The time {@code padded} (see {@link Words}) or the raw question ({@code han}: with Chinese) names, seen at {@code now}. */
    static AskedTime read(String padded, String raw, boolean han, LocalDateTime now) {
        LocalDate day = day(padded, raw, han, now.toLocalDate());
        LocalTime clock = clock(padded, raw, han, day.equals(now.toLocalDate()) ? now.toLocalTime() : null);
        if (clock != null) {
            LocalDateTime at = day.atTime(clock);
            return new AskedTime(Kind.AT, at.isBefore(now.minusHours(12)) ? at.plusDays(1) : at);
        }
        if (!day.equals(now.toLocalDate())) {
            return new AskedTime(Kind.DAY, day.atStartOfDay());
        }
        if (Words.anyIn(padded, TONIGHT) || han && Words.anyHan(raw, TONIGHT_HAN)) {
            return new AskedTime(Kind.TONIGHT, now.toLocalTime().isBefore(EVENING) ? now.toLocalDate().atTime(EVENING) : now);
        }
        return new AskedTime(Words.anyIn(padded, NOW) || han && Words.anyHan(raw, NOW_HAN) ? Kind.NOW : Kind.NONE, now);
    }

    private static LocalDate day(String padded, String raw, boolean han, LocalDate today) {
        boolean tomorrow = Words.anyIn(padded, TOMORROW) || Words.anyIn(padded, MANANA) && !Words.anyIn(padded, MORNING)
                || han && Words.anyHan(raw, TOMORROW_HAN);
        if (tomorrow) {
            return today.plusDays(1);
        }
        for (Map.Entry<String, DayOfWeek> entry : PADDED_DAYS.entrySet()) {
            if (padded.contains(entry.getKey())) {
                return ahead(today, entry.getValue());
            }
        }
        if (han) {
            for (Map.Entry<String, DayOfWeek> entry : HAN_DAYS.entrySet()) {
                if (raw.contains(entry.getKey())) {
                    return ahead(today, entry.getValue());
                }
            }
        }
        return today;
    }

    private static LocalDate ahead(LocalDate today, DayOfWeek day) {
        return today.plusDays((day.getValue() - today.getDayOfWeek().getValue() + 7) % 7);
    }

    /** The time of day named, or null; {@code nowToday} is the time now when the day asked is today, else null. */
    private static LocalTime clock(String padded, String raw, boolean hasHan, LocalTime nowToday) {
        if (!hasDigit(padded)) {
            return null;
        }
        Matcher han = HAN_CLOCK.matcher(raw);
        if (hasHan && han.find()) {
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

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
