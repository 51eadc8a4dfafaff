package ai.heyseven.core.guardrails;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a message into the forms the guardrails match, in time linear in its (capped) length:
 * obfuscation (full-width or Cyrillic letters, zero-width joiners, "1gn0r3", "i g n o r e",
 * base64 or hex or %-encoded payloads) must not hide what a message says.
 */
public final class Normalizer {
    /** Only this much of a message is checked; the HTTP layer already refuses longer messages. */
    public static final int MAX_INPUT = 4_000;
    private static final int MAX_PAYLOADS = 4;
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    private static final Pattern HEX = Pattern.compile("\\b(?:[0-9a-fA-F]{2}){8,}\\b");
    /** Single letters separated by one space, dot, dash or underscore, at least four of them: "i g n o r e". */
    private static final Pattern SPACED = Pattern.compile("\\b(?:\\p{L}[ ._\\-]{1,3}){3,}\\p{L}\\b");

    private Normalizer() {
    }

    public static NormalizedText normalize(String message) {
        String bounded = message.length() > MAX_INPUT ? message.substring(0, MAX_INPUT) : message;
        String plain = plain(bounded);
        String leet = leet(plain);
        String folded = collapseSpaced(leet, false);
        List<String> others = payloads(bounded);
        String pronounApart = collapseSpaced(leet, true);
        if (!pronounApart.equals(folded)) {
            others.add(pronounApart);
        }
        return new NormalizedText(plain, folded, others);
    }

    static String plain(String text) {
        String nfkc = java.text.Normalizer.normalize(text, Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (!space && out.length() > 0) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.append(TraditionalChinese.simplify(Confusables.fold(Character.toLowerCase(c))));
        }
        int end = out.length();
        return (end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString()).toLowerCase(Locale.ROOT);
    }

    private static boolean invisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD' || c == '\u034F' || c == '\u180E';
    }

    /**
     * Digits and symbols that stand for letters, folded only inside a word that has a letter:
     * "1gn0r3 rul35" becomes "ignore rules", while "$10,000" stays a number.
     */
    static String leet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = start;
            boolean hasLetter = false;
            while (end < text.length() && wordLike(text, end)) {
                hasLetter |= Character.isLetter(text.charAt(end));
                end++;
            }
            boolean fold = hasLetter || end - start == 1;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                char letter = fold ? leetLetter(c) : 0;
                out.append(letter != 0 ? letter : c);
            }
            if (end < text.length()) {
                out.append(text.charAt(end));
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** A letter, a digit, or a leet symbol that is followed by more of a word ("h!gh", not "hi!"). */
    private static boolean wordLike(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return leetLetter(c) != 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static char leetLetter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7', '+' -> 't';
            default -> 0;
        };
    }

    /**
     * "i g n o r e" becomes "ignore". With {@code pronounApart}, a leading "i" or "a" stays a word of
     * its own ("i d o d g e" → "i dodge"); both readings are checked.
     */
    static String collapseSpaced(String text, boolean pronounApart) {
        if (!hasSpacedLetters(text)) {
            return text;
        }
        Matcher matcher = SPACED.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, matcher.start());
            String run = matcher.group();
            int from = 0;
            if (pronounApart && (run.charAt(0) == 'i' || run.charAt(0) == 'a') && run.charAt(1) == ' ') {
                out.append(run.charAt(0)).append(' ');
                from = 1;
            }
            for (int i = from; i < run.length(); i++) {
                if (Character.isLetter(run.charAt(i))) {
                    out.append(run.charAt(i));
                }
            }
            last = matcher.end();
        } while (matcher.find());
        return out.append(text, last, text.length()).toString();
    }

    /** A cheap look for three single letters in a row ("x y z"), before the regex does the real work. */
    private static boolean hasSpacedLetters(String text) {
        for (int i = 0; i + 4 < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && separator(text.charAt(i + 1)) && Character.isLetter(text.charAt(i + 2)) && !Character.isLetter(text.charAt(i + 3))) {
                int j = i + 3;
                while (j < text.length() && separator(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && Character.isLetter(text.charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '.' || c == '_' || c == '-';
    }

    private static List<String> payloads(String text) {
        List<String> decoded = new ArrayList<>();
        if (longestEncodedRun(text) >= 16) {
            collect(decoded, BASE64.matcher(text), Normalizer::fromBase64);
            collect(decoded, HEX.matcher(text), Normalizer::fromHex);
        }
        if (percentEscapes(text) >= 3) {
            String url = fromUrl(text);
            if (url != null) {
                decoded.add(collapseSpaced(leet(plain(url)), false));
            }
        }
        return decoded;
    }

    private static int longestEncodedRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean encoded = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            run = encoded ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static int percentEscapes(String text) {
        int count = 0;
        for (int i = text.indexOf('%'); i >= 0 && i + 2 < text.length(); i = text.indexOf('%', i + 1)) {
            if (Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static void collect(List<String> decoded, Matcher matcher, java.util.function.Function<String, String> decoder) {
        while (decoded.size() < MAX_PAYLOADS && matcher.find()) {
            String text = decoder.apply(matcher.group());
            if (text != null && !text.isBlank()) {
                decoded.add(collapseSpaced(leet(plain(text)), false));
            }
        }
    }

    private static String fromBase64(String candidate) {
        try {
            return printable(Base64.getDecoder().decode(candidate));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fromHex(String candidate) {
        try {
            return printable(HexFormat.of().parseHex(candidate));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fromUrl(String candidate) {
        try {
            return URLDecoder.decode(candidate.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes as UTF-8 text, or null when they are not text (most random "base64" words are not). */
    private static String printable(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t').count();
            return control == 0 ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
