package ai.heyseven.adapter.local;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The offline model's words in one language: how it frames an answer, states hours and days, and
 * asks its follow-up question. One table per language; the facts come from the items.
 *
 * @param intro the line before the items
 * @param nothingFound the whole answer when no item was retrieved
 * @param today "Today", as the hours sentence begins
 * @param tomorrow "Tomorrow", as the hours sentence begins
 * @param dayHours the hours sentence: %1$s today or tomorrow, %2$s the day's name, %3$s the hours phrase
 * @param closedOn the closed sentence: %1$s today or tomorrow (%4$s in lower case), %2$s the day's name, %3$s the
 *     next opening or nothing
 * @param nextOpening what follows a closed day: %1$s the next open day's name, %2$s its hours phrase
 * @param fromTo the hours phrase: %1$s opening, %2$s closing time
 * @param aroundTheClock the hours phrase of a place that never closes
 * @param midnight a closing time of midnight ("midnight", "24:00"), which is not past it
 * @param pastMidnight added to the hours phrase when it closes after midnight
 * @param open what opens the aside after an item's name (location and price), and {@code close} ends it
 * @param comma what comes between an item's location and its price
 * @param colon what comes between an item's name and its description
 * @param space what comes between two sentences
 * @param locale the language's locale, for the names of days
 * @param clock how a time of day is written
 * @param followUps the planner's one question per topic
 */
record Phrases(
        String intro,
        String nothingFound,
        String today,
        String tomorrow,
        String dayHours,
        String closedOn,
        String nextOpening,
        String fromTo,
        String aroundTheClock,
        String midnight,
        String pastMidnight,
        String open,
        String close,
        String comma,
        String colon,
        String space,
        Locale locale,
        DateTimeFormatter clock,
        Map<Intent, String> followUps) {

    private static final Map<GuestLanguage, Phrases> ALL = new EnumMap<>(Map.of(
            GuestLanguage.EN, new Phrases("Here's what I found for you:",
                    "I'm sorry, I couldn't find that in what I know about the property. "
                            + "The front desk will be glad to help with anything I can't answer.",
                    "Today", "Tomorrow", "%1$s (%2$s) it's %3$s.", "It's closed %4$s (%2$s)%3$s.", "; next %1$s, %2$s",
                    "open %1$s to %2$s", "open 24 hours", "midnight", " (past midnight)", " (", ")", ", ", ": ", " ",
                    Locale.US, DateTimeFormatter.ofPattern("h:mm a", Locale.US), Map.of(
                            Intent.DINING, "How many will be dining, and is there anything you don't eat?",
                            Intent.ENTERTAINMENT, "Would you like me to check seats for a particular night?",
                            Intent.HOTEL, "Which dates are you staying with us?",
                            Intent.GAMING, "Are you a member of our rewards program yet?",
                            Intent.AMENITIES, "Is there a time of day that suits you best?")),
            GuestLanguage.ES, new Phrases("Esto es lo que encontré para usted:",
                    "Lo siento, no encontré eso en lo que sé de la propiedad. "
                            + "La recepción le ayudará con gusto con todo lo que yo no pueda responder.",
                    "Hoy", "Mañana", "%1$s (%2$s) %3$s.", "%1$s (%2$s) está cerrado%3$s.", "; el %1$s %2$s",
                    "abre de %1$s a %2$s", "abre las 24 horas", "24:00", " (pasada la medianoche)", " (", ")", ", ", ": ", " ",
                    Locale.forLanguageTag("es"), DateTimeFormatter.ofPattern("H:mm"), Map.of(
                            Intent.DINING, "¿Cuántas personas serán y hay algo que no coman?",
                            Intent.ENTERTAINMENT, "¿Quiere que busque asientos para alguna noche en particular?",
                            Intent.HOTEL, "¿En qué fechas se hospeda con nosotros?",
                            Intent.GAMING, "¿Ya es miembro de nuestro programa de recompensas?",
                            Intent.AMENITIES, "¿Hay algún momento del día que le convenga más?")),
            GuestLanguage.PT, new Phrases("Veja o que encontrei para você:",
                    "Desculpe, não encontrei isso no que sei sobre a propriedade. "
                            + "A recepção terá prazer em ajudar com tudo o que eu não souber responder.",
                    "Hoje", "Amanhã", "%1$s (%2$s) %3$s.", "%1$s (%2$s) está fechado%3$s.", "; próxima abertura: %1$s, %2$s",
                    "abre das %1$s às %2$s", "abre 24 horas", "24:00", " (depois da meia-noite)", " (", ")", ", ", ": ", " ",
                    Locale.forLanguageTag("pt-BR"), DateTimeFormatter.ofPattern("H:mm"), Map.of(
                            Intent.DINING, "Quantas pessoas vão comer, e há algo que vocês não comem?",
                            Intent.ENTERTAINMENT, "Quer que eu veja lugares para alguma noite em especial?",
                            Intent.HOTEL, "Em quais datas você vai se hospedar conosco?",
                            Intent.GAMING, "Você já é membro do nosso programa de recompensas?",
                            Intent.AMENITIES, "Qual horário do dia é melhor para você?")),
            GuestLanguage.ZH, new Phrases("为您找到以下信息：",
                    "抱歉，在我了解的酒店信息中没有找到这一点。我无法回答的问题，前台很乐意为您解答。",
                    "今天", "明天", "%1$s（%2$s）%3$s。", "%1$s（%2$s）不营业%3$s。", "；%1$s%2$s",
                    "营业时间为%1$s至%2$s", "24小时营业", "24:00", "（营业至次日凌晨）", "（", "）", "，", "：", "",
                    Locale.SIMPLIFIED_CHINESE, DateTimeFormatter.ofPattern("H:mm"), Map.of(
                            Intent.DINING, "请问几位用餐？有什么忌口吗？",
                            Intent.ENTERTAINMENT, "需要我帮您查看某一晚的座位吗？",
                            Intent.HOTEL, "请问您哪几天入住？",
                            Intent.GAMING, "您已经是我们会员奖励计划的会员了吗？",
                            Intent.AMENITIES, "您一天中什么时间最方便？"))));

    static Phrases in(GuestLanguage language) {
        return ALL.get(language);
    }

    /** Whether {@code answer} is the nothing-found answer of any language. */
    static boolean saysNothingFound(String answer) {
        return ALL.values().stream().anyMatch(phrases -> phrases.nothingFound.equals(answer));
    }

    String clock(LocalTime time) {
        return clock.format(time);
    }

    String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** The follow-up question for {@code topic}: promotions and loyalty share gaming's; none for the rest. */
    String followUp(Intent topic) {
        Intent asked = topic == Intent.PROMOTIONS || topic == Intent.LOYALTY ? Intent.GAMING : topic;
        return followUps.getOrDefault(asked, "");
    }
}
