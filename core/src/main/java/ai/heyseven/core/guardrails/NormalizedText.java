package ai.heyseven.core.guardrails;

import java.util.ArrayList;
import java.util.List;

/**
 * A message in the forms the guardrails match: {@code plain} (NFKC, lower case, invisible
 * characters removed, look-alike letters folded to Latin), {@code folded} (plain, with leetspeak and
 * spaced-out letters collapsed) and {@code others}: other readings — base64, hex and URL-encoded
 * payloads found in it, decoded and normalised the same way, and ambiguous collapses ("i d o d g e"
 * as "i dodge").
 */
record NormalizedText(String plain, String folded, List<String> others) {
    public NormalizedText {
        others = List.copyOf(others);
    }

    /** The forms the learned layer reads: folded, and every other reading (it was trained on folded text). */
    List<String> modelViews() {
        if (others.isEmpty()) {
            return List.of(folded);
        }
        ArrayList<String> all = new ArrayList<>(others.size() + 1);
        all.add(folded);
        all.addAll(others);
        return all;
    }

    /** Every form, for layers that match words (injection, distress, privacy). */
    public List<String> views() {
        if (others.isEmpty()) {
            return plain.equals(folded) ? List.of(plain) : List.of(plain, folded);
        }
        ArrayList<String> all = new ArrayList<>(others.size() + 2);
        all.add(plain);
        if (!plain.equals(folded)) {
            all.add(folded);
        }
        all.addAll(others);
        return all;
    }
}
