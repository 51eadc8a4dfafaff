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
 * PhraseFilter filter = PhraseFilter.of(List.of(FUNERAL, PASSED_AWAY, ANGRY));
 * PhraseFilter.Phrase grief = filter.phrase(List.of(FUNERAL, PASSED_AWAY), Pattern.UNICODE_CHARACTER_CLASS);
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

    /**
     * A phrase that is any of {@code alternatives} (each a pattern source of this filter's), each
     * compiled with {@code flags}: an alternative runs only when its own words are in the text, so a
     * family split into its alternatives runs only the few a message has the words of.
     */
    public Phrase phrase(List<String> alternatives, int flags) {
        return new Phrase(alternatives.stream().map(source -> new Alternative(Pattern.compile(source, flags), triggers.requirement(source)))
                .toList());
    }

    /** The words of this filter's patterns found in {@code text} (as the patterns read it: lower-cased if they expect that). */
    public Text over(String text) {
        return new Text(text, triggers.found(text));
    }

    /** A phrase of the family: its alternatives, each with the words it needs. */
    public static final class Phrase {
        private final List<Alternative> alternatives;

        private Phrase(List<Alternative> alternatives) {
            this.alternatives = alternatives;
        }
    }

    private record Alternative(Pattern pattern, Triggers.Requirement requirement) { }

    /** A text with the family's words found in it. */
    public static final class Text {
        private final String text;
        private final Triggers.Found found;

        private Text(String text, Triggers.Found found) {
            this.text = text;
            this.found = found;
        }

        /** Whether {@code phrase} occurs in the text: an alternative runs only when its words are there. */
        public boolean finds(Phrase phrase) {
            for (Alternative alternative : phrase.alternatives) {
                if (alternative.requirement().metBy(found) && alternative.pattern().matcher(text).find()) {
                    return true;
                }
            }
            return false;
        }
    }
}
