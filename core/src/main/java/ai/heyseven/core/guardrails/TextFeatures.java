package ai.heyseven.core.guardrails;

import java.util.Arrays;

/**
 * A message as hashed features for the learned layer: every character run of two to five (letters
 * and digits; any other run of characters read as one space), every word and every pair of adjacent words. The same character
 * n-grams cover Chinese, which has no spaces. Each feature is a bucket of {@link #BUCKETS}; all carry
 * the same value, scaled so a message's features have unit length.
 */
final class TextFeatures {
    static final int BUCKETS = 1 << 18;
    private static final int MASK = BUCKETS - 1;
    private static final int MIN_GRAM = 2;
    private static final int MAX_GRAM = 5;
    private static final int WORD_SEED = 0x5bd1e995;
    private static final int PAIR_SEED = 0x27d4eb2f;

    /** The features of one message: {@code count} buckets (a bucket may repeat) and their common value. */
    record Vector(int[] buckets, int count, float value) { }

    private TextFeatures() {
    }

    static Vector of(String text) {
        char[] cleaned = clean(text);
        int n = cleaned.length;
        int[] buckets = new int[Math.max(8, n * (MAX_GRAM - MIN_GRAM + 1) + 2 * n)];
        int count = 0;
        for (int start = 0; start < n; start++) {
            int hash = 0x811c9dc5;
            for (int length = 1; length <= MAX_GRAM && start + length <= n; length++) {
                hash = (hash ^ cleaned[start + length - 1]) * 0x01000193;
                if (length >= MIN_GRAM) {
                    buckets[count++] = bucket(hash ^ length);
                }
            }
        }
        int previousWord = 0;
        int wordStart = -1;
        for (int i = 0; i <= n; i++) {
            boolean inWord = i < n && cleaned[i] != ' ';
            if (inWord && wordStart < 0) {
                wordStart = i;
            } else if (!inWord && wordStart >= 0) {
                int word = WORD_SEED;
                for (int j = wordStart; j < i; j++) {
                    word = (word ^ cleaned[j]) * 0x01000193;
                }
                buckets[count++] = bucket(word);
                if (previousWord != 0) {
                    buckets[count++] = bucket(previousWord * 31 + word ^ PAIR_SEED);
                }
                previousWord = word;
                wordStart = -1;
            }
        }
        return new Vector(buckets, count, count == 0 ? 0f : (float) (1.0 / Math.sqrt(count)));
    }

    /** Letters and digits, every other run as one space, with a space at each end. */
    private static char[] clean(String text) {
        char[] out = new char[text.length() + 2];
        int length = 0;
        out[length++] = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out[length++] = c;
            } else if (out[length - 1] != ' ') {
                out[length++] = ' ';
            }
        }
        if (out[length - 1] != ' ') {
            out[length++] = ' ';
        }
        return Arrays.copyOf(out, length);
    }

    /** A well-mixed bucket for a hash (MurmurHash3's finaliser). */
    private static int bucket(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & MASK;
    }
}
