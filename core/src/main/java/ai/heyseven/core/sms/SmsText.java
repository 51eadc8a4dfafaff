package ai.heyseven.core.sms;

import java.util.regex.Pattern;

/**
 * An answer shaped for SMS: plain text (no markdown), and at most {@code maxSegments} segments —
 * GSM-7 when every character allows it (160 characters alone, 153 per part of a longer message;
 * the extension characters count twice), UCS-2 otherwise (70, 67 per part, counted in UTF-16
 * units) — cut at the last sentence boundary that fits.
 */
final class SmsText {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€";
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|`|^#+\\s*|^\\s*[-*]\\s+", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]{1,200})\\]\\(([^)\\s]{1,500})\\)");

    private SmsText() {
    }

    /** {@code answer} as an SMS of at most {@code maxSegments} segments. */
    public static String fit(String answer, int maxSegments) {
        String plain = plain(answer);
        boolean gsm = plain.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
        int budget = maxSegments == 1 ? (gsm ? 160 : 70) : maxSegments * (gsm ? 153 : 67);
        if (length(plain, gsm) <= budget) {
            return plain;
        }
        String ellipsis = "...";
        int end = 0;
        for (int i = 0, used = 0; i < plain.length(); i++) {
            used += gsm && GSM_EXTENSION.indexOf(plain.charAt(i)) >= 0 ? 2 : 1;
            if (used > budget - ellipsis.length()) {
                break;
            }
            end = i + 1;
        }
        String head = plain.substring(0, end);
        int sentence = Math.max(Math.max(head.lastIndexOf(". "), head.lastIndexOf("! ")), Math.max(head.lastIndexOf("? "), head.lastIndexOf('\n')));
        sentence = Math.max(sentence, head.lastIndexOf('。'));
        if (sentence > budget / 3) {
            return head.substring(0, sentence + 1).strip();
        }
        int space = head.lastIndexOf(' ');
        return (space > budget / 3 ? head.substring(0, space) : head).strip() + ellipsis;
    }

    /** How many segments {@code text} takes. */
    public static int segments(String text) {
        boolean gsm = text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
        int length = length(text, gsm);
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return length <= single ? 1 : (length + part - 1) / part;
    }

    private static String plain(String answer) {
        String text = LINK.matcher(answer).replaceAll("$1 $2");
        text = MARKDOWN.matcher(text).replaceAll("");
        return text.replaceAll("[ \\t]+", " ").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static int length(String text, boolean gsm) {
        return gsm ? text.length() + (int) text.chars().filter(c -> GSM_EXTENSION.indexOf(c) >= 0).count() : text.length();
    }
}
