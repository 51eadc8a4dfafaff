package ai.heyseven.core.guardrails;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The guardrails' prefilter ({@link Triggers}) for the readers of a guest's message outside them
 * (tone, complaints): a family of phrase patterns, each run only when the text holds the words it
 * cannot match without. One walk over a message finds the words of every pattern of the family, so
 * an ordinary question runs none of them; a pattern whose words are present runs as compiled, so the
 * reading is the same as the pattern's alone.
 *
 * <pre>{@code
 * PhraseFilter filter = PhraseFilter.of(List.of(GRIEF, ANGER));
 * PhraseFilter.Phrase grief = filter.phrase(GRIEF, Pattern.UNICODE_CHARACTER_CLASS);
 * boolean grieving = filter.over(lower).finds(grief);
 * }</pre>
 */
public final class PhraseFilter {
    private final Triggers triggers;

    private PhraseFilter(Triggers triggers) {
        this.triggers = triggers;
    }

    /** The prefilter of every pattern source in {@code sources}: only these can become {@link Phrase}s. */
    public static PhraseFilter of(List<String> sources) {
        return new PhraseFilter(new Triggers(sources));
    }

    /** {@code source} compiled with {@code flags}, with what it needs of a text; {@code source} must be one of this filter's. */
    public Phrase phrase(String source, int flags) {
        return new Phrase(Pattern.compile(source, flags), triggers.requirement(source));
    }

    /** The words of this filter's patterns found in {@code text} (as the patterns read it: lower-cased if they expect that). */
    public Text over(String text) {
        return new Text(text, triggers.found(text));
    }

    /** A pattern of the family and the words it needs. */
    public static final class Phrase {
        private final Pattern pattern;
        private final Triggers.Requirement requirement;

        private Phrase(Pattern pattern, Triggers.Requirement requirement) {
            this.pattern = pattern;
            this.requirement = requirement;
        }
    }

    /** A text with the family's words found in it. */
    public static final class Text {
        private final String text;
        private final Triggers.Found found;

        private Text(String text, Triggers.Found found) {
            this.text = text;
            this.found = found;
        }

        /** Whether {@code phrase} occurs in the text: it runs only when its words are there. */
        public boolean finds(Phrase phrase) {
            return phrase.requirement.metBy(found) && phrase.pattern.matcher(text).find();
        }
    }
}
