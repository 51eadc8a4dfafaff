package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.Language;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a guest's question asks for, read the same way in English, Spanish, Portuguese and Chinese:
 * the facets it names ("Italian", "pets"), its form (a list, a yes-or-no "is it open", or "what
 * time"), the time it is about, whether it refers back to what was being discussed ("it", "there",
 * "¿y a qué hora cierra?"), and its language. Core reads it once per turn so that retrieval, the
 * direct answers and the validator agree, whichever model writes the rest.
 *
 * @param facets what it asks for by name, in the order named; empty when it names nothing in {@link Facets}
 */
record Asked(List<Facet> facets, Form form, AskedTime time, boolean refersBack, Language language) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A question about the time something opens or closes (folded text: no accents). */
    private static final Pattern WHAT_TIME = Pattern.compile(
            " (what time|when|how late|until when|till when|what are the hours|hours|a que hora|cuando|hasta que hora|horario"
                    + "|que hora|que horas|quando|ate que hora|horario de funcionamento) |几点|什么时候|营业时间|几时", FLAGS);
    /** A yes-or-no question about being open. */
    private static final Pattern YES_NO = Pattern.compile(
            "^ (and |y |e )?(is|are|does|do|will|would|can) .* open |( still open | open now | open tonight | open tomorrow | open late )"
                    + "| abiert| abert|^ (y |e )?(abre|abren|abrira|abrem) |(开着|开门|营业|开放|开)(吗|么)|还开", FLAGS);
    /** A question that asks which or where ("Which restaurants are open now?") is a list, whatever else it says. */
    private static final Pattern WHICH = Pattern.compile(
            "^ (which|what|where|any|que|cual|cuale|donde|onde|qual|quai|quais|hay|tem|tiene|tienen) |^[^？?]{0,6}(哪|什么)", FLAGS);
    /** Other words about opening hours. */
    private static final Pattern HOURS = Pattern.compile(
            " (close|closes|closing|open until|opens|cierra|cierran|abre|abren|fecha|fecham|abrem) |关门|开门", FLAGS);
    /** Words that point back at what was being discussed. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            " (it|its|it s|that place|this place|they|them|those|that one|ahi|alli|alla|ese|esa|eso|esos|esas|ali|isso|esse|essa"
                    + "|ele|ela|eles|elas|nele|nela|dele|dela) | (get|go|walk|drive|near|from|over) there |^ (and|y|e|what about|y que tal|e quanto) |它|那里|那家|这家|那个|那边|那儿", FLAGS);

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
    }

    /** Reads {@code question}, asked at {@code now} on the property's clock. */
    static Asked read(String question, java.time.LocalDateTime now) {
        String padded = Words.padded(question);
        String raw = question.length() > Words.MAX_INPUT ? question.substring(0, Words.MAX_INPUT) : question;
        Form form = WHAT_TIME.matcher(padded).find() || WHAT_TIME.matcher(raw).find() ? Form.HOURS
                : (YES_NO.matcher(padded).find() || YES_NO.matcher(raw).find()) && !WHICH.matcher(padded).find()
                        && !WHICH.matcher(raw).find() ? Form.YES_NO
                : HOURS.matcher(padded).find() || HOURS.matcher(raw).find() ? Form.HOURS
                : Form.LIST;
        boolean refers = REFERS_BACK.matcher(padded).find() || REFERS_BACK.matcher(raw).find();
        String asking = ProfileFacts.withoutStatedDiet(raw);
        return new Asked(Facets.in(asking, Words.padded(asking)), form, AskedTime.read(padded, raw, now), refers, Language.guess(raw));
    }

    /** Whether it asks about opening hours (yes-or-no or what time). */
    boolean aboutHours() {
        return form != Form.LIST;
    }

    /**
     * Whether it continues the conversation about what was last discussed rather than asking for
     * something new: it names no facet, and points back ("is it open?") or asks about hours without
     * naming a kind of place ({@code intent} general: "¿y a qué hora cierra?").
     */
    boolean followsUp(ai.heyseven.ports.concierge.Intent intent) {
        return facets.isEmpty() && (refersBack || (aboutHours() && !intent.isItemCategory()));
    }
}
