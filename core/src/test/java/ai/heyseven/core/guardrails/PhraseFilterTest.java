package ai.heyseven.core.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseFilterTest {
    private static final List<String> UPSET = List.of(
            "\\b(furious|so angry|fed up)\\b",
            "\\bi (already|just) (asked|told|said)",
            "\\b(for the (third|second) time|again\\?!)",
            "\\b(rid[ií]cul[oa]|in[uú]til)\\b",
            "(气死|受够了|我已经(说|问)过)");
    private static final PhraseFilter FILTER = PhraseFilter.of(UPSET);
    private static final PhraseFilter.Phrase ANY_UPSET = FILTER.phrase(UPSET, Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern JOINED = Pattern.compile(String.join("|", UPSET), Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void findsWhatThePatternsFindAndNothingElse() {
        List<String> messages = List.of(
                "i already asked you this", "i'm fed up", "for the third time, when does it open", "again?!",
                "esto es ridículo", "é inútil", "我已经问过了", "真的气死我了", "ok气死", "what italian restaurants do you have",
                "iiii already asked", "unfed up", "so angrytown", "i  already asked", "_furious", "", "for the thirdtime",
                "Italian? I already told you", "I JUST SAID IT");
        int found = 0;
        for (String message : messages) {
            String lower = message.toLowerCase(java.util.Locale.ROOT);
            boolean expected = JOINED.matcher(lower).find();
            assertEquals(expected, FILTER.over(lower).finds(ANY_UPSET), "the filter reads as the patterns on: " + message);
            found += expected ? 1 : 0;
        }
        assertTrue(found >= 9, "most of the upset messages are found: " + found);
    }

    @Test
    void aQuestionWithoutTheWordsIsNotUpset() {
        assertFalse(FILTER.over("when does the buffet open tonight?").finds(ANY_UPSET));
    }

    @Test
    void aPatternTheFilterWasNotBuiltWithIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FILTER.phrase(List.of("\\bcalm\\b"), 0));
    }
}
