package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.Language;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sentences core writes itself — direct answers about opening hours and "I don't have
 * information about …" — in each {@link Language}, with the language's clock and day names.
 * Placeholders are positional ({@code %1$s}); each language's row says the same thing.
 *
 * @param yesOpen name, when, closing time
 * @param yesAllDay name, when
 * @param no name, when
 * @param opensNext day, opening time
 * @param hoursOn day, name, opening time, closing time
 * @param allDayOn day, name
 * @param closedOn day, name
 * @param yes the word a yes-or-no answer starts with when yes
 * @param noWord the word it starts with when no
 * @param today today's day phrase (day name)
 * @param tomorrow tomorrow's (day name)
 * @param onDay another day's (day name)
 * @param notKnown what was asked (a facet's label), the property's name
 * @param prices the item's price range ({@code $$$})
 */
record AnswerPhrases(String yesOpen, String yesAllDay, String no, String opensNext, String hoursOn, String allDayOn,
        String closedOn, String yes, String noWord, String today, String tomorrow, String onDay, String now, String atTime,
        String tonight, String notKnown, String prices, Locale locale, DateTimeFormatter clock) {

    private static final Map<Language, AnswerPhrases> BY_LANGUAGE = new EnumMap<>(Map.of(
            Language.EN, new AnswerPhrases(
                    "Yes, %1$s is open %2$s, until %3$s.", "Yes, %1$s is open %2$s; it's open 24 hours.", "No, %1$s isn't open %2$s.",
                    "It opens %1$s at %2$s.", "%1$s, %2$s is open from %3$s to %4$s.", "%1$s, %2$s is open 24 hours.",
                    "%1$s, %2$s is closed.", "Yes", "No", "today (%s)", "tomorrow (%s)", "on %s", "now", "at %s", "tonight",
                    "I don't have information about %1$s at %2$s. A host can check for you — just ask me to connect you with one.",
                    "Prices: %s.", Locale.US, DateTimeFormatter.ofPattern("h:mm a", Locale.US)),
            Language.ES, new AnswerPhrases(
                    "Sí, %1$s está abierto %2$s, hasta las %3$s.", "Sí, %1$s está abierto %2$s; abre las 24 horas.",
                    "No, %1$s no está abierto %2$s.", "Abre %1$s a las %2$s.", "%1$s, %2$s abre de %3$s a %4$s.",
                    "%1$s, %2$s abre las 24 horas.", "%1$s, %2$s está cerrado.", "Sí", "No", "hoy (%s)", "mañana (%s)", "el %s",
                    "ahora", "a las %s", "esta noche",
                    "No tengo información sobre %1$s en %2$s. Un anfitrión puede averiguarlo por usted: solo pídame que le comunique con uno.",
                    "Precios: %s.", Locale.forLanguageTag("es"), DateTimeFormatter.ofPattern("H:mm", Locale.ROOT)),
            Language.PT, new AnswerPhrases(
                    "Sim, %1$s está aberto %2$s, até as %3$s.", "Sim, %1$s está aberto %2$s; funciona 24 horas.",
                    "Não, %1$s não está aberto %2$s.", "Abre %1$s às %2$s.", "%1$s, %2$s funciona das %3$s às %4$s.",
                    "%1$s, %2$s funciona 24 horas.", "%1$s, %2$s está fechado.", "Sim", "Não", "hoje (%s)", "amanhã (%s)", "%s",
                    "agora", "às %s", "hoje à noite",
                    "Não tenho informações sobre %1$s no %2$s. Um anfitrião pode verificar para você: é só me pedir para falar com um.",
                    "Preços: %s.", Locale.forLanguageTag("pt-BR"), DateTimeFormatter.ofPattern("H:mm", Locale.ROOT)),
            Language.ZH, new AnswerPhrases(
                    "是的，%1$s%2$s营业，营业到%3$s。", "是的，%1$s%2$s营业，24小时开放。", "不，%1$s%2$s不营业。",
                    "%1$s%2$s开门。", "%1$s，%2$s的营业时间是%3$s至%4$s。", "%1$s，%2$s24小时营业。", "%1$s，%2$s不营业。",
                    "是的", "不", "今天（%s）", "明天（%s）", "%s", "现在", "%s", "今晚",
                    "关于%2$s的%1$s，我目前没有相关信息。接待专员可以为您查询，只需请我为您联系一位即可。",
                    "价位：%s。", Locale.SIMPLIFIED_CHINESE, DateTimeFormatter.ofPattern("H:mm", Locale.ROOT))));

    static AnswerPhrases in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    String clock(LocalTime time) {
        return clock.format(time);
    }

    String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** "today (Tuesday)", "tomorrow (Wednesday)" or "on Friday", {@code ahead} days from today. */
    String day(DayOfWeek day, long ahead) {
        String name = dayName(day);
        return String.format(locale, ahead == 0 ? today : ahead == 1 ? tomorrow : onDay, name);
    }

    /** {@code text} with its first letter in upper case, for a day phrase that starts a sentence. */
    String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
