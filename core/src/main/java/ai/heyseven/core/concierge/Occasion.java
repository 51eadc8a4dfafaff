package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.GuestLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An occasion a guest celebrates: its kind, whose it is and which one ("my wife's 40th" is a
 * birthday, the wife's, the 40th). Kept in the profile in one English form ({@code wife's 40th
 * birthday}) and said back in the guest's language.
 *
 * @param kind {@code birthday}, {@code anniversary}, {@code honeymoon}, {@code wedding}, {@code graduation},
 *     {@code retirement} or {@code bachelor party}
 * @param whose whose it is in English ({@code wife}), empty for the guest's own or the couple's
 * @param nth which one (40), 0 when not said
 */
record Occasion(String kind, String whose, int nth) {
    /** The kinds a property may attach an incentive to (see {@code Hosting#OCCASIONS}). */
    static final List<String> KINDS = List.of("birthday", "anniversary", "honeymoon", "wedding", "graduation", "retirement",
            "bachelor party");

    private static final Pattern STORED = Pattern.compile("(?:(\\p{L}+)'s )?(?:(\\d{1,3})(?:st|nd|rd|th) )?(.+)");
    /** "my wife's 40th", "our 10th anniversary", "his 21st birthday" (lower case). */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:my |our |his |her )?(?:(wife|husband|partner|fianc[eé]e?|girlfriend|boyfriend|mom|mother|dad|father|son|daughter|"
                    + "friend|brother|sister)'?s )?(?:(\\d{1,3})(?:st|nd|rd|th) ?)(birthday|anniversary|bday)?\\b");
    /** "los 40 de mi esposa", "el 40 cumpleaños de mi esposa", "os 40 anos da minha esposa". */
    private static final Pattern ROMANCE = Pattern.compile(
            "\\b(?:los|el|os|o)\\s+(\\d{1,3})(?:\\s+(?:cumpleaños|anos|aniversário|aniversario))?\\s+(?:de mi|da minha|do meu|de meu)\\s+(\\p{L}+)");
    private static final Pattern HAN_NTH = Pattern.compile("(\\d{1,3})\\s*(?:岁|周年)");
    private static final Map<String, String> WHOSE = Map.ofEntries(Map.entry("esposa", "wife"), Map.entry("mujer", "wife"),
            Map.entry("esposo", "husband"), Map.entry("marido", "husband"), Map.entry("madre", "mother"), Map.entry("mamá", "mother"),
            Map.entry("mãe", "mother"), Map.entry("padre", "father"), Map.entry("pai", "father"), Map.entry("hijo", "son"),
            Map.entry("filho", "son"), Map.entry("hija", "daughter"), Map.entry("filha", "daughter"), Map.entry("amigo", "friend"),
            Map.entry("amiga", "friend"), Map.entry("mom", "mother"), Map.entry("dad", "father"), Map.entry("妻子", "wife"),
            Map.entry("老婆", "wife"), Map.entry("丈夫", "husband"), Map.entry("老公", "husband"), Map.entry("妈妈", "mother"),
            Map.entry("爸爸", "father"), Map.entry("儿子", "son"), Map.entry("女儿", "daughter"));
    /** Words that name a kind, in the four languages ({@link Words#padded} form for the Latin ones). */
    private static final List<Map.Entry<String, String>> KIND_WORDS = List.of(
            Map.entry(" anniversary ", "anniversary"), Map.entry(" aniversario ", "anniversary"),
            Map.entry(" bodas ", "anniversary"),
            Map.entry(" honeymoon ", "honeymoon"), Map.entry(" luna de miel ", "honeymoon"), Map.entry(" lua de mel ", "honeymoon"),
            Map.entry(" bachelor party ", "bachelor party"), Map.entry(" bachelorette ", "bachelor party"),
            Map.entry(" despedida de soltero ", "bachelor party"), Map.entry(" despedida de soltera ", "bachelor party"),
            Map.entry(" despedida de solteiro ", "bachelor party"), Map.entry(" birthday ", "birthday"), Map.entry(" bday ", "birthday"),
            Map.entry(" cumpleano ", "birthday"), Map.entry(" cumple ", "birthday"), Map.entry(" wedding ", "wedding"),
            Map.entry(" boda ", "wedding"), Map.entry(" casamento ", "wedding"), Map.entry(" graduation ", "graduation"),
            Map.entry(" graduacion ", "graduation"), Map.entry(" formatura ", "graduation"), Map.entry(" retirement ", "retirement"),
            Map.entry(" jubilacion ", "retirement"), Map.entry(" aposentadoria ", "retirement"));
    private static final List<Map.Entry<String, String>> HAN_KINDS = List.of(Map.entry("结婚纪念日", "anniversary"),
            Map.entry("周年", "anniversary"), Map.entry("纪念日", "anniversary"), Map.entry("蜜月", "honeymoon"),
            Map.entry("生日", "birthday"), Map.entry("婚礼", "wedding"), Map.entry("毕业", "graduation"), Map.entry("退休", "retirement"));

    Occasion {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("occasion kind '" + kind + "' is not one of " + KINDS);
        }
    }

    /**
     * The occasion {@code message} tells of, if any. {@code padded} is the message in {@link Words#padded}
     * form: in Portuguese "aniversário" alone is a birthday and "aniversário de casamento" an anniversary.
     */
    static Optional<Occasion> in(String message, String padded, boolean han) {
        String lower = message.toLowerCase(Locale.ROOT).replace('\u2019', '\''); // a phone's curly apostrophe
        String kind = han ? hanKind(message) : null;
        if (kind == null) {
            kind = lower.contains("aniversário de casamento") || lower.contains("bodas de") ? "anniversary"
                    : lower.contains("aniversário") ? "birthday" : latinKind(padded);
        }
        String whose = "";
        int nth = 0;
        Matcher english = ENGLISH.matcher(lower);
        boolean said = false;
        while (!said && english.find()) {
            // an ordinal counts only beside whose it is or the kind ("my wife's 40th", "our 10th anniversary"), never a date's
            said = english.group(1) != null || english.group(3) != null;
        }
        if (said) {
            whose = english.group(1) == null ? "" : WHOSE.getOrDefault(english.group(1), english.group(1));
            nth = Integer.parseInt(english.group(2));
            kind = english.group(3) == null ? (kind == null ? "birthday" : kind) : english.group(3).equals("bday") ? "birthday"
                    : english.group(3);
        } else if (!han) {
            Matcher romance = ROMANCE.matcher(lower);
            if (romance.find() && WHOSE.containsKey(romance.group(2))) {
                nth = Integer.parseInt(romance.group(1));
                whose = WHOSE.get(romance.group(2));
                kind = kind == null ? "birthday" : kind;
            }
        }
        if (han && kind != null) {
            Matcher number = HAN_NTH.matcher(message);
            nth = number.find() ? Integer.parseInt(number.group(1)) : 0;
            whose = WHOSE.entrySet().stream().filter(entry -> message.contains(entry.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("");
        }
        if (kind == null || nth > 120) {
            return Optional.empty();
        }
        return Optional.of(new Occasion(kind, whose, nth));
    }

    private static String latinKind(String padded) {
        for (Map.Entry<String, String> word : KIND_WORDS) {
            if (padded.contains(word.getKey())) {
                return word.getValue();
            }
        }
        return null;
    }

    private static String hanKind(String message) {
        for (Map.Entry<String, String> word : HAN_KINDS) {
            if (message.contains(word.getKey())) {
                return word.getValue();
            }
        }
        return null;
    }

    /** The occasion as a profile keeps it: {@code wife's 40th birthday}; read back by {@link #stored}. */
    String stored() {
        return (whose.isEmpty() ? "" : whose + "'s ") + (nth == 0 ? "" : nth + ordinal(nth) + " ") + kind;
    }

    /** The occasion a profile keeps, if the value is one. */
    static Optional<Occasion> stored(String value) {
        Matcher matcher = STORED.matcher(value);
        if (!matcher.matches() || !KINDS.contains(matcher.group(3))) {
            return Optional.empty();
        }
        return Optional.of(new Occasion(matcher.group(3), matcher.group(1) == null ? "" : matcher.group(1),
                matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2))));
    }

    /** "your wife's 40th birthday", "el 40.º cumpleaños de su esposa", "您妻子的40岁生日". */
    String said(GuestLanguage language) {
        return OccasionWords.said(this, language);
    }

    static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
