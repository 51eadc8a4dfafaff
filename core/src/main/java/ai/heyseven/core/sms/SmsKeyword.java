package ai.heyseven.core.sms;

import ai.heyseven.core.guardrails.Language;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CTIA keywords a guest may text, in English, Spanish, Portuguese and Chinese. A message is a
 * keyword when it is not a question ("when does the show stop?" is not an opt-out) and either is
 * the keyword alone (polite words aside: "HELP please", "Stop.") or, for an unmistakable opt-out
 * (STOP, UNSUBSCRIBE, 退订 …), starts or ends with it among at most six words ("stop texting me
 * please"). Words that are ordinary words too — CANCEL, END, YES — count only alone, so "cancel my
 * table" is not an opt-out. Case, accents and punctuation do not matter.
 *
 * @param kind what the guest asks for
 * @param language the language of the keyword, for the confirmation
 */
record SmsKeyword(Kind kind, Language language) {

    /** The three things a keyword asks for. */
    public enum Kind { OPT_OUT, HELP, OPT_IN }

    private static final int MAX_WORDS = 6;
    private static final Pattern QUESTION = Pattern.compile("[?？¿]|\\b(when|what|does|do|how|why|where|is|cuando|que|donde|como|quando|onde)\\b|吗");
    private static final Set<String> POLITE = Set.of("please", "pls", "plz", "now", "me", "favor", "por", "porfavor", "obrigado", "obrigada", "gracias");
    /** Keywords that count among a few words ("stop texting me please"). */
    private static final Map<String, SmsKeyword> AMONG_WORDS = Map.ofEntries(
            entry("stop", Kind.OPT_OUT, Language.EN), entry("stopall", Kind.OPT_OUT, Language.EN),
            entry("unsubscribe", Kind.OPT_OUT, Language.EN), entry("revoke", Kind.OPT_OUT, Language.EN),
            entry("opt out", Kind.OPT_OUT, Language.EN), entry("optout", Kind.OPT_OUT, Language.EN),
            entry("darme de baja", Kind.OPT_OUT, Language.ES), entry("baja", Kind.OPT_OUT, Language.ES),
            entry("descadastrar", Kind.OPT_OUT, Language.PT), entry("cancelar inscricao", Kind.OPT_OUT, Language.PT),
            entry("退订", Kind.OPT_OUT, Language.ZH), entry("取消订阅", Kind.OPT_OUT, Language.ZH));
    /** Keywords that are ordinary words too ("cancel my booking", "yes, for two"): they count only alone. */
    private static final Map<String, SmsKeyword> ALONE = Map.ofEntries(
            entry("cancel", Kind.OPT_OUT, Language.EN), entry("end", Kind.OPT_OUT, Language.EN), entry("quit", Kind.OPT_OUT, Language.EN),
            entry("alto", Kind.OPT_OUT, Language.ES), entry("cancelar", Kind.OPT_OUT, Language.ES),
            entry("detener", Kind.OPT_OUT, Language.ES), entry("parar", Kind.OPT_OUT, Language.ES),
            entry("pare", Kind.OPT_OUT, Language.PT), entry("sair", Kind.OPT_OUT, Language.PT), entry("停止", Kind.OPT_OUT, Language.ZH),
            entry("help", Kind.HELP, Language.EN), entry("info", Kind.HELP, Language.EN), entry("ayuda", Kind.HELP, Language.ES),
            entry("ajuda", Kind.HELP, Language.PT), entry("帮助", Kind.HELP, Language.ZH),
            entry("start", Kind.OPT_IN, Language.EN), entry("unstop", Kind.OPT_IN, Language.EN), entry("yes", Kind.OPT_IN, Language.EN),
            entry("alta", Kind.OPT_IN, Language.ES), entry("si", Kind.OPT_IN, Language.ES), entry("sim", Kind.OPT_IN, Language.PT),
            entry("voltar", Kind.OPT_IN, Language.PT), entry("开始", Kind.OPT_IN, Language.ZH), entry("订阅", Kind.OPT_IN, Language.ZH));

    private static Map.Entry<String, SmsKeyword> entry(String words, Kind kind, Language language) {
        return Map.entry(words, new SmsKeyword(kind, language));
    }

    /** The keyword {@code text} is, if it is one. */
    public static Optional<SmsKeyword> of(String text) {
        if (text.length() > 200) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (QUESTION.matcher(folded).find()) {
            return Optional.empty();
        }
        String plain = folded.replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().replaceAll("\\s+", " ");
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        String words = Stream.of(plain.split(" ")).filter(word -> !POLITE.contains(word)).collect(Collectors.joining(" "));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (ALONE.containsKey(words)) {
            return Optional.of(ALONE.get(words));
        }
        boolean chinese = plain.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (chinese ? plain.length() > 8 : plain.split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        for (Map.Entry<String, SmsKeyword> keyword : AMONG_WORDS.entrySet()) {
            String word = keyword.getKey();
            if (chinese ? words.contains(word)
                    : words.equals(word) || words.startsWith(word + " ") || words.endsWith(" " + word)) {
                return Optional.of(keyword.getValue());
            }
        }
        return Optional.empty();
    }
}
