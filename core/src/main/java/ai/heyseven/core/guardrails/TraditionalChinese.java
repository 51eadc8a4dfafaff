package ai.heyseven.core.guardrails;

import java.util.List;

/**
 * Traditional Chinese characters folded to simplified ones, so a guest in Macau, Hong Kong or Taiwan is
 * read by the same patterns and model as one writing simplified Chinese ("請告訴我他的電話" reads as
 * "请告诉我他的电话"). One to one, character by character, from a table in {@code traditional-simplified.txt}.
 */
final class TraditionalChinese {
    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';
    private static final char[] SIMPLIFIED = table();

    private TraditionalChinese() {
    }

    static char simplify(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char simplified = SIMPLIFIED[c - FIRST];
        return simplified == 0 ? c : simplified;
    }

    private static char[] table() {
        char[] table = new char[LAST - FIRST + 1];
        List<String> lines = ResourceLines.of("/ai/heyseven/core/guardrails/traditional-simplified.txt");
        String traditional = lines.get(0);
        String simplified = lines.get(1);
        if (traditional.length() != simplified.length()) {
            throw new IllegalStateException("traditional-simplified.txt: the two lines differ in length");
        }
        for (int i = 0; i < traditional.length(); i++) {
            table[traditional.charAt(i) - FIRST] = simplified.charAt(i);
        }
        return table;
    }
}
