package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.PhraseFilter;
import ai.heyseven.ports.concierge.Tone;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads how a guest sounds from families of phrasings in English, Spanish, Portuguese and Chinese,
 * when the model gave no verdict (offline, or its breaker open). The patterns are compiled once and
 * use bounded gaps only, so a reading is linear in the capped input: microseconds a turn. Grief wins
 * over anger, anger over frustration, frustration over sarcasm, since each later tone is the milder
 * reading of a message that shows several. An explicit complaint is read apart from the tone: it
 * opens a {@code frustrated} desk case on its own.
 */
final class ToneReading {
    private static final int MAX_INPUT = 2_000;
    /** A shout: at least this many letters of capitals in a message of mostly capitals. */
    private static final int MIN_SHOUTED_LETTERS = 12;

    private static final List<String> GRIEF_SOURCES = List.of(
            "\\b(passed away|just died|has died|lost my (mother|father|mom|dad|husband|wife|son|daughter|brother|sister|grandmother|grandfather|best friend|partner))\\b",
            "\\b(funeral|memorial service|in mourning|grieving|bereavement|condolences)\\b",
            "\\b(falleci[oó]|muri[oó]|perd[ií] a mi (madre|padre|mam[aá]|pap[aá]|esposo|esposa|hijo|hija|hermano|hermana|abuel[oa]))\\b",
            "\\b(funeral|velorio|de luto|duelo)\\b",
            "\\b(faleceu|morreu|perdi (minha|meu) (m[aã]e|pai|marido|esposa|filho|filha|irm[aã]o|irm[aã]|av[oóô]))\\b",
            "\\b(enterro|vel[oó]rio|de luto)\\b",
            "(去世|过世|离世|走了.{0,4}(妈妈|爸爸|母亲|父亲)|葬礼|追悼会|节哀)");

    private static final List<String> ANGER_SOURCES = List.of(
            "\\b(furious|livid|outraged|pissed( off)?|so angry|really angry|disgusted|fed up)\\b",
            "\\bi'?m angry\\b",
            "\\b(worst|most terrible) (service|hotel|casino|experience|stay)\\b",
            "\\b(wtf|f\\*+k\\w*|fuck\\w*)\\b",
            "\\b(furios[oa]|enojad[oa]|enfadad[oa]|indignad[oa]|harto|harta|qu[eé] asco|me tienen hart[oa])\\b",
            "\\b(furios[oa]|com raiva|revoltad[oa]|p[uê] da vida|indignad[oa]|que nojo)\\b",
            "(气死|愤怒|太生气|火大|受够了|恶心死了)");

    private static final List<String> FRUSTRATION_SOURCES = List.of(
            "\\b(ridiculous|useless|pointless|frustrat\\w+|annoy\\w*|waste of (my )?time|not helpful|unhelpful|doesn'?t help)\\b",
            "\\b(still (waiting|no answer|nothing)|nobody (answers|helps|called)|no one (answers|helps|called))\\b",
            "\\bi (already|just) (asked|told|said)",
            "\\b(for the (third|second|fifth) time|asked the (third|second|fifth) time|again\\?!)",
            "\\b(you'?re not (listening|helping)|that'?s not what i asked|not what i asked)\\b",
            "\\b(rid[ií]cul[oa]|in[uú]til|frustrad[oa]|frustrante|p[eé]rdida de tiempo|no (me )?sirve|no ayuda)\\b",
            "\\b(ya (te )?(lo )?(dije|pregunt[eé])|sigo esperando|nadie (contesta|responde|ayuda)|no es lo que pregunt[eé])\\b",
            "\\b(rid[ií]cul[oa]|in[uú]til|frustrad[oa]|frustrante|irritad[oa]|perda de tempo|n[aã]o (me )?ajuda|n[aã]o serve)\\b",
            "\\b(j[aá] (te )?(disse|perguntei)|continuo esperando|ningu[eé]m (responde|atende|ajuda)|n[aã]o [eé] o que perguntei)\\b",
            "(没用|浪费时间|烦死了|太离谱|好烦|我已经(说|问)过|还在等|没人(回|理)|不是我问的)");

    private static final List<String> SARCASM_SOURCES = List.of(
            "\\b(oh,? great|oh,? wonderful|oh,? perfect|oh,? fantastic|just perfect|yeah,? right|sure,? because|thanks for nothing)\\b",
            "\\b(wow,? (so|very|really) helpful|so helpful,? thanks|what a surprise|how (very )?helpful|real(ly)? helpful,? not)\\b",
            "\\b(qu[eé] maravilla,? (otra vez|de nuevo)|s[ií],? claro|gracias por nada|much[ií]sima ayuda,? (eh|de verdad))\\b",
            "\\b(que maravilha,? (de novo|outra vez)|ah,? (t[aá]|claro),? (sei|com certeza)|obrigad[oa] por nada|ajudou muito,? hein)\\b",
            "(真是太好了呢|谢谢你什么也没做|可真有用啊|呵呵，?真棒|好棒棒哦)");

    private static final List<String> COMPLAINT_SOURCES = List.of(
            "\\b(i want to|i'?d like to|i wish to|i need to|let me) (file a |make a |lodge a |submit a )?complain(t)?\\b",
            "\\b(this|that|it) is (completely |totally |absolutely )?unacceptable\\b|\\bformal complaint\\b",
            "\\b(quiero|quisiera|deseo|voy a) (poner|presentar|hacer|levantar) una (queja|reclamaci[oó]n)\\b|\\bquiero quejarme\\b",
            "\\b(esto|eso) es inaceptable\\b|\\bqueja formal\\b",
            "\\b(quero|gostaria de|vou) (fazer|registrar|abrir) uma (reclama[cç][aã]o|queixa)\\b|\\bquero reclamar\\b",
            "\\b(isso|isto) [eé] inaceit[aá]vel\\b",
            "(我要投诉|我想投诉|我要举报你们|这是不可接受的|太不可接受了|正式投诉)");

    /** One walk over a message finds the words every family needs; a family without its words is not run. */
    private static final PhraseFilter FILTER = PhraseFilter.of(
            Stream.of(GRIEF_SOURCES, ANGER_SOURCES, FRUSTRATION_SOURCES, SARCASM_SOURCES, COMPLAINT_SOURCES).flatMap(List::stream).toList());
    private static final PhraseFilter.Phrase GRIEF = FILTER.phrase(GRIEF_SOURCES, Pattern.UNICODE_CHARACTER_CLASS);
    private static final PhraseFilter.Phrase ANGER = FILTER.phrase(ANGER_SOURCES, Pattern.UNICODE_CHARACTER_CLASS);
    private static final PhraseFilter.Phrase FRUSTRATION = FILTER.phrase(FRUSTRATION_SOURCES, Pattern.UNICODE_CHARACTER_CLASS);
    private static final PhraseFilter.Phrase SARCASM = FILTER.phrase(SARCASM_SOURCES, Pattern.UNICODE_CHARACTER_CLASS);
    private static final PhraseFilter.Phrase COMPLAINT = FILTER.phrase(COMPLAINT_SOURCES, Pattern.UNICODE_CHARACTER_CLASS);

    private ToneReading() {
    }

    /** The tone of a message by the phrase families; {@link Tone#NEUTRAL} when none matches. */
    static Tone read(String message) {
        PhraseFilter.Text text = FILTER.over(lower(message));
        if (text.finds(GRIEF)) {
            return Tone.GRIEVING;
        }
        if (text.finds(ANGER) || shouted(bounded(message))) {
            return Tone.ANGRY;
        }
        if (text.finds(FRUSTRATION)) {
            return Tone.FRUSTRATED;
        }
        return text.finds(SARCASM) ? Tone.SARCASTIC : Tone.NEUTRAL;
    }

    /** Whether the guest asks, in so many words, to complain. */
    static boolean complains(String message) {
        return FILTER.over(lower(message)).finds(COMPLAINT);
    }

    private static boolean shouted(String message) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= MIN_SHOUTED_LETTERS && upper > 4 * lower;
    }

    private static String lower(String message) {
        return bounded(message).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static String bounded(String message) {
        return message.length() > MAX_INPUT ? message.substring(0, MAX_INPUT) : message;
    }
}
