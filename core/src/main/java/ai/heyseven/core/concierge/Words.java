package ai.heyseven.core.concierge;

import java.text.Normalizer;

/**
 * Text as the question reading compares it: lower case, accents dropped, every run of other
 * characters (punctuation, Han characters) one space, each word's plain plural folded
 * ("restaurants" → "restaurant", "mariscos" → "marisco"), and a space at each end — so a word or
 * phrase is found by {@code contains(" " + word + " ")}. One pass over at most {@value #MAX_INPUT} characters.
 */
final class Words {
    static final int MAX_INPUT = 4_000;

    private Words() {
    }

    static String padded(String text) {
        String bounded = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        String decomposed = Normalizer.normalize(bounded.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length() + 2).append(' ');
        int wordStart = -1;
        for (int i = 0; i <= decomposed.length(); i++) {
            char c = i < decomposed.length() ? decomposed.charAt(i) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean wordChar = Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
            if (wordChar) {
                if (wordStart < 0) {
                    wordStart = out.length();
                }
                out.append(c);
            } else if (wordStart >= 0) {
                stem(out, wordStart);
                out.append(' ');
                wordStart = -1;
            }
        }
        return out.charAt(out.length() - 1) == ' ' ? out.toString() : out.append(' ').toString();
    }

    /** Folds the plain plural of the word that starts at {@code start} and ends the builder. */
    private static void stem(StringBuilder out, int start) {
        int length = out.length() - start;
        if (length > 4 && out.charAt(out.length() - 1) == 's' && out.charAt(out.length() - 2) == 'e'
                && out.charAt(out.length() - 3) == 'i') {
            out.setLength(out.length() - 3);
            out.append('y');
        } else if (length > 3 && out.charAt(out.length() - 1) == 's' && out.charAt(out.length() - 2) != 's') {
            out.setLength(out.length() - 1);
        }
    }
}
