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
        String lower = bounded.toLowerCase(java.util.Locale.ROOT);
        String decomposed = ascii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
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

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} (its first {@value #MAX_INPUT} characters) holds a Han character: only then are Chinese words looked for. */
    static boolean hasHan(String text) {
        int limit = Math.min(text.length(), MAX_INPUT);
        for (int i = 0; i < limit; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** {@code phrases} as {@link #padded} text, to look for with {@link #anyIn} and {@link #startsAny}. */
    static java.util.List<String> phrases(String... phrases) {
        return java.util.Arrays.stream(phrases).map(Words::padded).toList();
    }

    /** Whether {@code padded} holds any of {@code phrases} (from {@link #phrases}) as whole words. */
    static boolean anyIn(String padded, java.util.List<String> phrases) {
        for (String phrase : phrases) {
            if (padded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code padded} begins with any of {@code phrases}. */
    static boolean startsAny(String padded, java.util.List<String> phrases) {
        for (String phrase : phrases) {
            if (padded.startsWith(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code raw} holds any of the Chinese {@code words}. */
    static boolean anyHan(String raw, java.util.List<String> words) {
        for (String word : words) {
            if (raw.contains(word)) {
                return true;
            }
        }
        return false;
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
