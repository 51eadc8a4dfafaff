package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.Language;
import java.util.List;
import java.util.Objects;

/**
 * What a guest's question asks for, read the same way in English, Spanish, Portuguese and Chinese:
 * the facets it names ("Italian", "pets"), its form (a list, a yes-or-no "is it open", or "what
 * time"), the time it is about, whether it refers back to what was being discussed ("it", "there",
 * "¿y a qué hora cierra?"), and its language. Core reads it once per turn so that retrieval, the
 * direct answers and the validator agree, whichever model writes the rest.
 *
 * @param facets what it asks for by name, in the order named; empty when it names nothing in {@link Facets}
 * @param refersBack it points back with a pronoun or "there" ("is it open?", "¿ese cierra tarde?", "它")
 * @param continues it starts as a continuation ("and …", "¿y …?", "e …", "what about …")
 * @param padded the question as {@link Words#padded} folds it, for looking words up in it again
 */
record Asked(List<Facet> facets, Form form, AskedTime time, boolean refersBack, boolean continues, Language language, String padded) {
    /** A question about the time something opens or closes. */
    private static final List<String> WHAT_TIME = Words.phrases("what time", "when", "how late", "until when", "till when",
            "hours", "a que hora", "cuando", "hasta que hora", "horario", "que hora", "que horas", "quando", "ate que horas");
    private static final List<String> WHAT_TIME_HAN = List.of("几点", "什么时候", "营业时间", "几时");
    /** A yes-or-no question about being open: it starts with one of these and says "open"… */
    private static final List<String> YES_NO_START = Words.phrases("is", "are", "does", "do", "will", "would", "can",
            "and is", "and are", "and does", "and will");
    private static final List<String> OPEN = Words.phrases("open");
    /** …or says one of these. */
    private static final List<String> YES_NO_PHRASES = Words.phrases("still open", "open now", "open tonight", "open tomorrow",
            "open late", "on tonight", "on today", "on tomorrow", "playing tonight");
    /** Spanish and Portuguese: "abierto", "aberta", …, or a question that starts with "abre". */
    private static final List<String> OPEN_STEMS = List.of(" abiert", " abert");
    private static final List<String> OPENS_START = Words.phrases("abre", "abren", "abrira", "abrem", "y abre", "e abre");
    private static final List<String> YES_NO_HAN = List.of("开着吗", "开门吗", "营业吗", "开放吗", "开吗", "开着么", "开门么", "营业么",
            "开么", "还开");
    /** A question that asks which or where ("Which restaurants are open now?") is a list, whatever else it says. */
    private static final List<String> WHICH_START = Words.phrases("which", "what", "where", "any", "que", "cual", "cuales",
            "donde", "onde", "qual", "quais", "hay", "tem", "tiene", "tienen");
    private static final List<String> WHICH_HAN = List.of("哪", "什么");
    /** Other words about opening hours. */
    private static final List<String> HOURS = Words.phrases("close", "closes", "closing", "open until", "cierra", "cierran",
            "abre", "abren", "fecha", "fecham", "abrem");
    private static final List<String> HOURS_HAN = List.of("关门", "开门");
    /** Words that point back at what was being discussed. */
    private static final List<String> REFERS_BACK = Words.phrases("it", "its", "it s", "that place", "this place", "they", "them",
            "those", "that one", "ahi", "alli", "alla", "ese", "esa", "eso", "esos", "esas", "ali", "isso", "esse", "essa", "ele",
            "ela", "eles", "elas", "nele", "nela", "dele", "dela", "get there", "go there", "walk there", "drive there",
            "near there", "from there", "over there");
    private static final List<String> REFERS_BACK_START = Words.phrases("and", "y", "e", "what about", "y que tal", "e quanto");
    private static final List<String> REFERS_BACK_HAN = List.of("它", "那里", "那家", "这家", "那个", "那边", "那儿");
    /** How many characters at the start of a Chinese question may come before 哪 or 什么 for it to ask which. */
    private static final int WHICH_HAN_WITHIN = 8;

    /** The shape of the answer a question expects. */
    enum Form {
        /** Anything else: the items that answer it. */
        LIST,
        /** "Is it open …?": yes or no first, then the time. */
        YES_NO,
        /** "What time does it open/close …?": the hours of the day asked. */
        HOURS
    }

    Asked {
        facets = List.copyOf(facets);
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(padded, "padded");
    }

    /** Reads {@code question}, asked at {@code now} on the property's clock. */
    static Asked read(String question, java.time.LocalDateTime now) {
        String raw = question.length() > Words.MAX_INPUT ? question.substring(0, Words.MAX_INPUT) : question;
        String padded = Words.padded(raw);
        boolean han = Words.hasHan(raw);
        String asking = ProfileFacts.withoutStatedDiet(raw); // raw itself when it states no diet: its padded text is reused
        return new Asked(Facets.in(asking, asking == raw ? padded : Words.padded(asking)), form(padded, raw, han), AskedTime.read(padded, raw, han, now),
                refersBack(padded, raw, han), Words.startsAny(padded, REFERS_BACK_START), Language.guess(raw), padded);
    }

    private static Form form(String padded, String raw, boolean han) {
        if (Words.anyIn(padded, WHAT_TIME) || han && Words.anyHan(raw, WHAT_TIME_HAN)) {
            return Form.HOURS;
        }
        boolean which = Words.startsAny(padded, WHICH_START)
                || han && Words.anyHan(raw.substring(0, Math.min(raw.length(), WHICH_HAN_WITHIN)), WHICH_HAN);
        boolean yesNo = Words.startsAny(padded, YES_NO_START) && Words.anyIn(padded, OPEN)
                || Words.anyIn(padded, YES_NO_PHRASES) || Words.anyIn(padded, OPEN_STEMS) || Words.startsAny(padded, OPENS_START)
                || han && Words.anyHan(raw, YES_NO_HAN);
        if (yesNo && !which) {
            return Form.YES_NO;
        }
        return Words.anyIn(padded, HOURS) || han && Words.anyHan(raw, HOURS_HAN) ? Form.HOURS : Form.LIST;
    }

    private static boolean refersBack(String padded, String raw, boolean han) {
        return Words.anyIn(padded, REFERS_BACK) || han && Words.anyHan(raw, REFERS_BACK_HAN);
    }

    /** Whether it asks about opening hours (yes-or-no or what time). */
    boolean aboutHours() {
        return form != Form.LIST;
    }

    /**
     * Whether it continues the conversation about what was last discussed rather than asking for
     * something new: it names no facet, and points back ("is it open?"), or continues or asks about
     * hours without naming a kind of place ({@code intent} general: "¿y a qué hora cierra?" — but
     * "and what shows are on?" is a new question).
     */
    boolean followsUp(ai.heyseven.ports.concierge.Intent intent) {
        return facets.isEmpty() && (refersBack || ((continues || aboutHours()) && !intent.isItemCategory()));
    }
}
