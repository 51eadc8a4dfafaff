package ai.heyseven.core.knowledge;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Players' words: the casino slang and abbreviations guests use ("comp'd", "RFB", "theo", "on tilt",
 * "high limit room", "player's card", "free play") in English, Spanish, Portuguese and Chinese, and
 * the plain words a property item or the keyword router knows them by. The router counts the plain
 * words when it reads an intent and the {@link Glossary} adds them to the question before it is
 * searched, so a slang question routes and retrieves as its plain form does.
 *
 * <p>Phrases are matched whole (a Latin phrase between non-letters, a Chinese one anywhere) by two
 * patterns compiled once, so a lookup is linear in the capped input.
 */
public final class Slang {
    private static final int MAX_INPUT = 4_000;

    /** Folded (lower case, no accents) phrase → the plain words. */
    private static final Map<String, String> PHRASES = Map.ofEntries(
            // English
            Map.entry("comp", "comps complimentary"), Map.entry("comps", "comps complimentary"),
            Map.entry("comp'd", "comps complimentary"), Map.entry("compd", "comps complimentary"),
            Map.entry("comped", "comps complimentary"), Map.entry("comping", "comps complimentary"),
            Map.entry("rfb", "room food beverage comps complimentary"), Map.entry("full rfb", "room food beverage comps complimentary"),
            Map.entry("theo", "rated play points comps"), Map.entry("theoretical", "rated play points comps"),
            Map.entry("adt", "rated play average daily points comps"), Map.entry("marker", "casino credit gaming"),
            Map.entry("markers", "casino credit gaming"), Map.entry("on tilt", "gaming losing break"),
            Map.entry("high limit room", "high limit salon gaming"), Map.entry("high limit", "high limit salon gaming"),
            Map.entry("hi limit", "high limit salon gaming"), Map.entry("high roller room", "high limit salon gaming"),
            Map.entry("whale", "high limit salon vip host gaming"), Map.entry("whales", "high limit salon vip host gaming"),
            Map.entry("player's card", "rewards card loyalty"), Map.entry("players card", "rewards card loyalty"),
            Map.entry("player card", "rewards card loyalty"), Map.entry("club card", "rewards card loyalty"),
            Map.entry("free play", "free play freeplay promotions"), Map.entry("fp", "free play freeplay promotions"),
            Map.entry("resort fee", "hotel room resort fee"), Map.entry("resort fees", "hotel room resort fee"),
            Map.entry("casino host", "host rewards"), Map.entry("my host", "host rewards"), Map.entry("pit boss", "table games host gaming"),
            Map.entry("the cage", "casino cashier gaming"), Map.entry("buy-in", "poker tournament gaming"),
            // Spanish
            Map.entry("cortesia", "comps complimentary"), Map.entry("cortesias", "comps complimentary"),
            Map.entry("tarjeta de jugador", "rewards card loyalty"), Map.entry("tarjeta del club", "rewards card loyalty"),
            Map.entry("juego gratis", "free play freeplay promotions"), Map.entry("creditos gratis", "free play freeplay promotions"),
            Map.entry("sala de altos limites", "high limit salon gaming"), Map.entry("sala vip", "high limit salon gaming"),
            Map.entry("tarifa de resort", "hotel room resort fee"), Map.entry("cargo de resort", "hotel room resort fee"),
            Map.entry("anfitrion", "host rewards"), Map.entry("ballena", "high limit salon vip host gaming"),
            // Portuguese
            Map.entry("cartao de jogador", "rewards card loyalty"), Map.entry("cartao do clube", "rewards card loyalty"),
            Map.entry("jogo gratis", "free play freeplay promotions"), Map.entry("creditos gratuitos", "free play freeplay promotions"),
            Map.entry("sala de alto limite", "high limit salon gaming"), Map.entry("taxa de resort", "hotel room resort fee"),
            Map.entry("anfitriao", "host rewards"), Map.entry("baleia", "high limit salon vip host gaming"));

    /** Chinese phrase → the plain words (found anywhere in a run of Han characters). */
    private static final Map<String, String> HAN_PHRASES = Map.ofEntries(
            Map.entry("免费招待", "comps complimentary"), Map.entry("招待", "comps complimentary"),
            Map.entry("洗码", "rated play points comps"), Map.entry("签码", "casino credit gaming"),
            Map.entry("贵宾厅", "high limit salon gaming"), Map.entry("高额投注区", "high limit salon gaming"),
            Map.entry("玩家卡", "rewards card loyalty"), Map.entry("会员卡", "rewards card loyalty"),
            Map.entry("免费游戏", "free play freeplay promotions"), Map.entry("免费筹码", "free play freeplay promotions"),
            Map.entry("度假村费", "hotel room resort fee"), Map.entry("公关经理", "host rewards"),
            Map.entry("大户", "high limit salon vip host gaming"), Map.entry("豪客", "high limit salon vip host gaming"));

    private static final Pattern LATIN = Pattern.compile("(?<![\\p{L}\\p{N}])("
            + String.join("|", PHRASES.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
            + ")(?![\\p{L}\\p{N}])");
    private static final Pattern HAN = Pattern.compile(String.join("|", HAN_PHRASES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()));

    /** The first word of every Latin phrase: a message with none of them as a word has no Latin slang. */
    private static final Set<String> FIRST_WORDS = PHRASES.keySet().stream().map(phrase -> phrase.substring(0, wordEnd(phrase, 0)))
            .collect(Collectors.toUnmodifiableSet());

    private Slang() {
    }

    /** The plain words of every slang phrase in the message, once each, space-separated; empty when it has none. */
    public static String plainWords(String message) {
        String folded = Glossary.fold(message.length() > MAX_INPUT ? message.substring(0, MAX_INPUT) : message).replace('’', '\'');
        Set<String> plain = new LinkedHashSet<>();
        if (hasFirstWord(folded)) {
            collect(LATIN.matcher(folded), PHRASES, plain);
        }
        if (hasHan(folded)) {
            collect(HAN.matcher(folded), HAN_PHRASES, plain);
        }
        return String.join(" ", plain);
    }

    /** The message with the plain words of its slang appended in brackets; the message itself when it has none. */
    public static String withPlainWords(String message) {
        String plain = plainWords(message);
        return plain.isEmpty() ? message : message + " (" + plain + ")";
    }

    /** Whether {@code text} has, as a whole word, the first word of a Latin phrase: where a phrase matches, its first word is one. */
    private static boolean hasFirstWord(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = wordEnd(text, start);
            if (end > start && FIRST_WORDS.contains(text.substring(start, end))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Where the run of letters and numbers from {@code start} ends (as the pattern's {@code [\\p{L}\\p{N}]} reads them). */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && letterOrNumber(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean letterOrNumber(char c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Whether {@code text} has a Han character: every Chinese phrase is made of them. */
    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u3400' && text.charAt(i) <= '\u9FFF') {
                return true;
            }
        }
        return false;
    }

    private static void collect(Matcher found, Map<String, String> phrases, Set<String> plain) {
        while (found.find()) {
            plain.add(phrases.get(found.group()));
        }
    }
}
