package ai.heyseven.core.guardrails;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces personal data in text with a label: e-mail addresses, US social security numbers,
 * payment card numbers (only when the Luhn check passes, so ordinary long numbers survive) and
 * phone numbers of 10 to 15 digits, North American or international. The property's own numbers
 * (its helpline, its SMS numbers) are allowed through. Use {@link #stream()} for text that arrives
 * in pieces.
 *
 * <pre>{@code
 * PiiRedactor redactor = PiiRedactor.allowing(List.of("1-800-522-4700"));
 * redactor.redact("Call me at 702-555-0147");   // "Call me at [phone]"
 * }</pre>
 */
public final class PiiRedactor {
    /** The most a stream holds back waiting for the rest of a possible number or address. */
    public static final int MAX_HOLD = 128;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.[a-zA-Z]{2,}");
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ().\\-]{8,22}\\d(?!\\w)");
    private static final PiiRedactor STANDARD = new PiiRedactor(Set.of());

    private final Set<String> allowed;

    private PiiRedactor(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** A redactor with no allowed numbers (for logs). */
    public static PiiRedactor standard() {
        return STANDARD;
    }

    /** A redactor that lets {@code numbers} (the property's own) through. */
    public static PiiRedactor allowing(Collection<String> numbers) {
        return new PiiRedactor(numbers.stream().map(PiiRedactor::lastTenDigits).filter(d -> d.length() >= 7)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** {@code text} with every piece of personal data replaced by its label. */
    public String redact(String text) {
        boolean address = text.indexOf('@') >= 0;
        boolean number = hasNineDigitStretch(text);
        if (!address && !number) {
            return text;
        }
        String out = address ? EMAIL.matcher(text).replaceAll("[email]") : text;
        if (!number) {
            return out; // an address's label holds no digit, so no number can appear
        }
        out = SSN.matcher(out).replaceAll("[ssn]");
        out = replace(out, CARD, match -> luhn(digits(match)) ? "[card]" : null);
        return replace(out, PHONE, match -> {
            String digits = digits(match);
            return digits.length() >= 10 && digits.length() <= 15 && !allowed.contains(lastTenDigits(digits)) ? "[phone]" : null;
        });
    }

    /** A redaction for one stream of pieces; not thread-safe (one per turn). */
    public Stream stream() {
        return new Stream(this);
    }

    /**
     * Redacts text that arrives in pieces. It holds back the end of what it has seen while that end
     * could still grow into a number or an address (at most {@link #MAX_HOLD} characters), so a
     * card number split across pieces is redacted whole.
     */
    public static final class Stream {
        private final PiiRedactor redactor;
        private final StringBuilder pending = new StringBuilder();

        private Stream(PiiRedactor redactor) {
            this.redactor = redactor;
        }

        /** Takes the next piece; returns what can safely be sent now (possibly empty). */
        public String push(String piece) {
            pending.append(piece);
            int safe = safeLength(pending);
            if (pending.length() - safe > MAX_HOLD) {
                safe = pending.length();
            }
            if (safe == 0) {
                return "";
            }
            String out = redactor.redact(pending.substring(0, safe));
            pending.delete(0, safe);
            return out;
        }

        /** Everything held back, redacted: call at the end of the stream. */
        public String finish() {
            String out = redactor.redact(pending.toString());
            pending.setLength(0);
            return out;
        }

        /** How many characters are held back now. */
        int held() {
            return pending.length();
        }

        /** Forgets what is held back: the text it belonged to was replaced. */
        public void discard() {
            pending.setLength(0);
        }

        /** How much of the start of {@code text} cannot be part of a number or address still arriving. */
        static int safeLength(CharSequence text) {
            int end = text.length();
            int word = end;
            while (word > 0 && !Character.isWhitespace(text.charAt(word - 1))) {
                word--;
            }
            int run = end;
            boolean digit = false;
            while (run > 0 && numberish(text.charAt(run - 1))) {
                digit |= Character.isDigit(text.charAt(run - 1));
                run--;
            }
            return digit ? Math.min(word, run) : word;
        }

        private static boolean numberish(char c) {
            return Character.isDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+';
        }
    }

    /**
     * Whether a stretch of digits and number punctuation holds at least nine digits: a social security,
     * card or phone number lies within one such stretch, so without it those patterns (and their cost
     * on a long answer full of opening hours) are skipped.
     */
    private static boolean hasNineDigitStretch(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 9) {
                    return true;
                }
            } else if (!Stream.numberish(c)) {
                digits = 0;
            }
        }
        return false;
    }

    /** {@code text} with each match of {@code pattern} that {@code label} names replaced by that label. */
    private static String replace(String text, Pattern pattern, Function<String, String> label) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (matcher.find()) {
            String replacement = label.apply(matcher.group());
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, matcher.start()).append(replacement);
                last = matcher.end();
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    private static String lastTenDigits(String number) {
        String digits = digits(number);
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
