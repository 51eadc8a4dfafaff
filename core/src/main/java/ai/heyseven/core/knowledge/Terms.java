package ai.heyseven.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into search terms: lowercase words and numbers without accents, stop words dropped,
 * plurals folded. Chinese is written without spaces, so a run of Han characters becomes its
 * overlapping pairs ("海鲜餐厅" → 海鲜, 鲜餐, 餐厅), which match the words inside it whatever their bounds.
 */
final class Terms {
    private static final int MAX_INPUT = 4_000;
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "any", "are", "as", "at", "be", "can", "do", "does", "for", "from", "get", "have",
            "how", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "the", "there", "this",
            "to", "we", "what", "when", "where", "which", "who", "with", "you", "your", "some", "would", "like",
            "please", "tell", "about", "they", "them", "their", "that", "it's", "there's", "go", "find",
            // words about when, not what: the hours of an item answer them, not its text
            "open", "opens", "close", "closes", "closing", "hour", "hours", "time", "times", "today", "tonight",
            "now", "late", "later", "after", "before", "still", "until", "good", "best", "recommend", "place", "spot",
            // Spanish and Portuguese function words, so a question in them is scored by its content words
            "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "y", "o", "en", "que", "por", "para", "con",
            "mi", "mis", "su", "sus", "hay", "donde", "puedo", "puede", "podemos", "quiero", "cual", "cuales", "cuando",
            "cuanto", "como", "es", "son", "esta", "este", "estan", "algun", "alguna", "tienen", "tiene", "nos", "se",
            "al", "lo", "le", "hora", "abre", "cierra", "ahora", "noche", "hoy", "manana", "os", "um", "uma",
            "da", "onde", "posso", "tem", "qual", "quando", "meu", "minha");

    private Terms() {
    }

    static List<String> of(String text) {
        String bounded = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        String lower = Glossary.fold(bounded);
        List<String> terms = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start >= 0 && han(lower.charAt(i)) != han(lower.charAt(start))) {
                add(terms, lower.substring(start, i)); // "wifi密码" is two words
                start = i;
            } else if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                add(terms, lower.substring(start, i));
                start = -1;
            }
        }
        return terms;
    }

    private static void add(List<String> terms, String word) {
        if (STOP_WORDS.contains(word)) {
            return;
        }
        if (han(word.charAt(0))) {
            addPairs(terms, word);
            return;
        }
        terms.add(stem(word));
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Each pair of neighbouring characters of a Han word; a lone character alone. */
    private static void addPairs(List<String> terms, String word) {
        if (word.length() == 1) {
            terms.add(word);
            return;
        }
        for (int i = 0; i + 1 < word.length(); i++) {
            terms.add(word.substring(i, i + 2));
        }
    }

    /** A deliberately light stemmer: folds the common English plural so "restaurants" finds "restaurant". */
    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
