package ai.heyseven.core.guardrails;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an answer must never say, whatever the model wrote: a promised win, a guaranteed comp, or a
 * comp amount the casino's comp policy did not allow the guest.
 * Checked in {@code validate} beside grounding; a violation is fed back to the specialist like any
 * other validator finding.
 */
public final class ResponsePolicy {
    private static final Pattern PROMISED_WIN = Pattern.compile(
            "\\b(guarantee[sd]?|sure|certain|definitely|100%)\\b.{0,20}\\b(win|wins|winner|jackpot|payout|profit)\\b"
                    + "|\\byou (will|'ll) (definitely |surely |certainly )?(win|hit the jackpot|beat the house)\\b"
                    + "|\\b(can'?t|cannot|won'?t) lose\\b|\\bsure (thing|bet)\\b|\\bbeat the (house|odds) every time\\b"
                    + "|\\bganar[aá]s seguro\\b|\\bgarantizad[oa]s? (ganar|premio)|\\bvai ganhar com certeza\\b|\\bgarantid[oa] (de )?ganhar"
                    + "|稳赢|保证(赢|中奖)|包赢",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern GUARANTEED_COMP = Pattern.compile(
            "\\b(guarantee[sd]?|promise[sd]?|definitely|certainly|automatically)\\b.{0,30}\\b(comp|comps|comped|free (room|suite|night|stay|meal|dinner|play))\\b"
                    + "|\\b(i|we)('ll| will) (comp|waive)\\b|\\byou('ll| will) (get|receive) (a |an )?(free|comp)"
                    + "|\\bcortes[ií]a garantizada\\b|\\bcortesia garantida\\b|保证(免单|免费)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A sentence that speaks of a comp ("comp", "credit", "free play", "cortesía", "招待" …). */
    private static final Pattern COMP_SENTENCE = Pattern.compile(
            "\\b(comp|comps|comped|comp'd|complimentary|credit|free ?play|freebie|on the house)\\b"
                    + "|cortes[ií]a|cr[eé]dito|gratis|gr[aá]tis|招待|免费|赠送|抵扣|礼遇");
    /** An amount of money: {@code $250}, {@code US$ 1,000}, {@code 250 dollars}, {@code 250美元}. */
    private static final Pattern MONEY = Pattern.compile(
            "(?:us)?\\$\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)|(\\d+)\\s?(?:dollars|bucks|usd|d[oó]lares|reais|美元|美金)");
    /** What {@link #COMP_SENTENCE} cannot match without. */
    private static final List<String> COMP_SENTENCE_WORDS = List.of("comp", "credit", "free", "on the house", "cortes", "credito",
            "crédito", "gratis", "grátis", "招待", "免费", "赠送", "抵扣", "礼遇");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+|[。！？\\n]");
    /** The words each pattern's alternatives start with: without one of them, a pattern cannot match. */
    private static final List<String> WIN_WORDS = List.of("guarantee", "sure", "certain", "definitely", "100%", "you will",
            "you'll", "lose", "beat the", "ganar", "garantizad", "ganhar", "garantid", "稳赢", "保证", "包赢");
    private static final List<String> COMP_WORDS = List.of("guarantee", "promise", "definitely", "certainly", "automatically",
            "i'll", "i will", "we'll", "we will", "you'll", "you will", "cortes", "保证");

    private ResponsePolicy() {
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is wrong with {@code answer}, as {@link #violation(String)}, or — when it names a comp with an
     * amount the comp policy did not allow this guest (not one of {@code allowedCompAmounts}) — that.
     * Checked on every answer: the comp offer's own, and a model's.
     */
    public static Optional<String> violation(String answer, Collection<Long> allowedCompAmounts) {
        Optional<String> general = violation(answer);
        if (general.isPresent()) {
            return general;
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        if (!hasDigit(lower) || !containsAny(lower, COMP_SENTENCE_WORDS)) {
            return Optional.empty(); // an amount has a digit, a sentence of comps one of the words
        }
        for (String sentence : SENTENCE.split(lower)) {
            if (!hasDigit(sentence) || !COMP_SENTENCE.matcher(sentence).find()) {
                continue;
            }
            Matcher money = MONEY.matcher(sentence);
            while (money.find()) {
                long amount = Long.parseLong((money.group(1) != null ? money.group(1) : money.group(2)).replace(",", ""));
                if (!allowedCompAmounts.contains(amount)) {
                    return Optional.of("never name a comp amount the casino's comp policy did not allow this guest (" + amount
                            + "); say a host decides comps");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with {@code answer}, if anything, phrased as feedback for a rewrite. */
    public static Optional<String> violation(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        if (containsAny(lower, WIN_WORDS) && PROMISED_WIN.matcher(lower).find()) {
            return Optional.of("never promise or imply a win; gambling outcomes are never guaranteed");
        }
        if (containsAny(lower, COMP_WORDS) && GUARANTEED_COMP.matcher(lower).find()) {
            return Optional.of("never promise a comp; explain that comps are earned from rated play and decided by a host");
        }
        return Optional.empty();
    }
}
