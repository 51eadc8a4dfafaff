package ai.heyseven.ports.casino;

import java.util.List;
import java.util.Objects;

/**
 * A line a guest in crisis is given, in numbers rather than words, so the reply can say "call or
 * text" in the guest's language. A line has a number to call, a number to text, or both.
 *
 * <pre>{@code
 * new CrisisLine("Crisis Text Line", "", "741741", "HOME", false)   // text HOME to 741741
 * }</pre>
 *
 * @param name what the line is called ({@code 988 Suicide & Crisis Lifeline})
 * @param call the number to call, or empty
 * @param text the number to text, or empty
 * @param keyword the word to text, or empty
 * @param emergency whether it is the number for immediate danger (911): the reply names it last, on its own
 */
public record CrisisLine(String name, String call, String text, String keyword, boolean emergency) {
    /** The longest name, number or keyword. */
    public static final int MAX_LENGTH = 100;
    /** The most lines a property may give. */
    public static final int MAX_LINES = 8;
    /** The lines in the United States: 988, the Crisis Text Line, and 911 for immediate danger. */
    public static final List<CrisisLine> US = List.of(
            new CrisisLine("988 Suicide & Crisis Lifeline", "988", "988", "", false),
            new CrisisLine("Crisis Text Line", "", "741741", "HOME", false),
            new CrisisLine("Emergency services", "911", "", "", true));

    public CrisisLine {
        Objects.requireNonNull(name, "name");
        call = call == null ? "" : call.strip();
        text = text == null ? "" : text.strip();
        keyword = keyword == null ? "" : keyword.strip();
        name = name.strip();
        for (String value : List.of(name, call, text, keyword)) {
            if (value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("crisis line '" + name + "': '" + value + "' is longer than " + MAX_LENGTH);
            }
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a crisis line needs a name");
        }
        if (call.isEmpty() && text.isEmpty()) {
            throw new IllegalArgumentException("crisis line '" + name + "' needs a number to call or to text");
        }
        if (!keyword.isEmpty() && text.isEmpty()) {
            throw new IllegalArgumentException("crisis line '" + name + "' has a keyword but no number to text it to");
        }
        if (emergency && call.isEmpty()) {
            throw new IllegalArgumentException("emergency line '" + name + "' needs a number to call");
        }
    }
}
