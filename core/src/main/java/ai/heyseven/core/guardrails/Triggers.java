package ai.heyseven.core.guardrails;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A prefilter that keeps the guardrails fast: a pattern runs only when its text contains the
 * words the pattern cannot match without. For every alternative of a pattern, each part between
 * {@code .{0,n}} gaps that starts at a word contributes the literal beginnings of its first words
 * ("ignore … instructions" needs a word starting "ignor" and one starting "instruction"). One walk
 * over the text through a trie of all stems finds what is present, so most patterns never run on
 * an ordinary question. A part that starts with a character class or an optional group adds no
 * condition; an alternative with no condition at all makes its pattern always run.
 *
 * <p>Built once, immutably, from every pattern it will serve: the trie holds every stem of every
 * requirement, and a pattern it was not built with has no requirement ({@link #requirement} throws)
 * rather than one whose stems could never be found — the prefilter cannot fail open.
 */
final class Triggers {
    private static final String META = "\\[](){}.*+?|^$";

    private final Node root = new Node();
    /** Every stem a pattern needs, by number: requirements and findings are bit sets of these. */
    private final List<String> stems;
    private final Map<String, Requirement> requirements;

    /** The prefilter of {@code sources}, each a pattern's source. */
    Triggers(Collection<String> sources) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Requirement> read = new HashMap<>();
        for (String source : sources) {
            read.computeIfAbsent(source, s -> requirement(s, stem -> ids.computeIfAbsent(stem, x -> ids.size())));
        }
        String[] byId = new String[ids.size()];
        ids.forEach((stem, id) -> byId[id] = stem);
        this.stems = List.of(byId);
        this.requirements = Map.copyOf(read);
        for (int id = 0; id < byId.length; id++) {
            add(byId[id], id);
        }
    }

    /** What {@code source} needs of a text; only for a pattern this prefilter was built with. */
    Requirement requirement(String source) {
        Requirement requirement = requirements.get(source);
        if (requirement == null) {
            throw new IllegalArgumentException("a pattern the prefilter was not built with: " + source);
        }
        return requirement;
    }

    /** The stem numbered {@code id}. */
    String stem(int id) {
        return stems.get(id);
    }

    /** Every requirement, for the test that each can be met. */
    Collection<Requirement> requirements() {
        return requirements.values();
    }

    /** The stems found in a text, and where each occurrence starts. */
    record Found(BitSet present, int[] stemIds, int[] starts, int count) { }

    /**
     * What a pattern needs: per alternative, every part's stem set must meet the text. When every
     * alternative starts with a constrained part, {@code first} holds the stems a match starts with.
     */
    record Requirement(BitSet[][] alternatives, BitSet first, boolean always) {

        boolean metBy(Found found) {
            if (always) {
                return true;
            }
            for (BitSet[] parts : alternatives) {
                boolean all = true;
                for (BitSet part : parts) {
                    if (!part.intersects(found.present())) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The stems in {@code text}: at word starts for letters and digits, at every position next to Han. */
    Found found(String text) {
        BitSet present = new BitSet();
        int[] stemIds = new int[16];
        int[] starts = new int[16];
        int count = 0;
        for (int start = 0; start < text.length(); start++) {
            boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) || han(text.charAt(start - 1))
                    || han(text.charAt(start));
            if (!wordStart) {
                continue;
            }
            Node node = root;
            for (int i = start; i < text.length() && node != null; i++) {
                node = node.child(text.charAt(i));
                if (node != null && node.stemId >= 0) {
                    present.set(node.stemId);
                    if (count == stemIds.length) {
                        stemIds = Arrays.copyOf(stemIds, count * 2);
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    stemIds[count] = node.stemId;
                    starts[count++] = start;
                }
            }
        }
        return new Found(present, stemIds, starts, count);
    }

    /** Han ideographs (the common blocks): every position next to one may start a Chinese word. */
    static boolean han(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }

    private void add(String stem, int id) {
        Node node = root;
        for (int i = 0; i < stem.length(); i++) {
            node = node.childOrNew(stem.charAt(i));
        }
        node.stemId = id;
    }

    /** A trie node: ASCII children in an array (most text), others in a map. */
    private static final class Node {
        private Node[] ascii;
        private Map<Character, Node> other;
        int stemId = -1;

        Node child(char c) {
            if (c < 128) {
                return ascii == null ? null : ascii[c];
            }
            return other == null ? null : other.get(c);
        }

        Node childOrNew(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            Node created = new Node();
            if (c < 128) {
                if (ascii == null) {
                    ascii = new Node[128];
                }
                ascii[c] = created;
            } else {
                if (other == null) {
                    other = new HashMap<>(4);
                }
                other.put(c, created);
            }
            return created;
        }
    }

    /** Reads the requirement off a pattern's source, numbering its stems with {@code id}. */
    private static Requirement requirement(String pattern, ToIntFunction<String> id) {
        List<BitSet[]> alternatives = new ArrayList<>();
        BitSet first = new BitSet();
        boolean anchored = true;
        boolean always = false;
        for (String branch : split(pattern, '|')) {
            List<BitSet> parts = new ArrayList<>();
            List<String> pieces = gaps(branch);
            for (int i = 0; i < pieces.size(); i++) {
                Set<String> stems = partStems(pieces.get(i));
                if (stems != null) {
                    BitSet ids = new BitSet();
                    stems.forEach(stem -> ids.set(id.applyAsInt(stem)));
                    parts.add(ids);
                    if (i == 0) {
                        first.or(ids);
                    }
                } else if (i == 0) {
                    anchored = false;
                }
            }
            always |= parts.isEmpty();
            alternatives.add(parts.toArray(BitSet[]::new));
        }
        return new Requirement(alternatives.toArray(BitSet[][]::new), anchored && !always ? first : null, always);
    }

    /** The stems one of which the text must contain for {@code part} to match, or null when unknown. */
    private static Set<String> partStems(String part) {
        String rest = skipAnchors(part);
        List<String> starts;
        if (rest.startsWith("(")) {
            int end = groupEnd(rest);
            if (end < 0 || rest.startsWith("(?") || (end + 1 < rest.length() && "?*{".indexOf(rest.charAt(end + 1)) >= 0)) {
                return null;
            }
            starts = split(rest.substring(1, end), '|');
        } else {
            starts = List.of(rest);
        }
        Set<String> stems = new HashSet<>();
        for (String start : starts) {
            String stem = literalStem(skipAnchors(start));
            if (stem.isEmpty()) {
                return null;
            }
            stems.add(stem);
        }
        return stems;
    }


    private static String skipAnchors(String text) {
        String rest = text;
        while (true) {
            if (rest.startsWith("\\b")) {
                rest = rest.substring(2);
            } else if (rest.startsWith("\\s*") || rest.startsWith("\\s+")) {
                rest = rest.substring(3);
            } else if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
                int end = groupEnd(rest);
                rest = end < 0 ? rest : rest.substring(end + 1);
            } else {
                return rest;
            }
        }
    }



    /**
     * Calls {@code visitor} with every character of a pattern that is not escaped and not inside a
     * character class, with the group depth before it; the visitor returns where to continue (or
     * -1 to stop). The one parser the helpers below share.
     */
    private static void walk(String pattern, Visitor visitor) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (!inClass) {
                int next = visitor.visit(i, c, depth);
                if (next < 0) {
                    return;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                i = next;
            }
        }
    }

    @FunctionalInterface
    private interface Visitor {
        int visit(int index, char c, int depth);
    }

    /** {@code pattern} split at top-level occurrences of {@code separator}. */
    private static List<String> split(String pattern, char separator) {
        List<String> pieces = new ArrayList<>();
        int[] from = {0};
        walk(pattern, (i, c, depth) -> {
            if (depth == 0 && c == separator) {
                pieces.add(pattern.substring(from[0], i));
                from[0] = i + 1;
            }
            return i;
        });
        pieces.add(pattern.substring(from[0]));
        return pieces;
    }

    /** The pieces of a branch between top-level {@code .{m,n}} gaps. */
    private static List<String> gaps(String branch) {
        List<String> parts = new ArrayList<>();
        int[] from = {0};
        walk(branch, (i, c, depth) -> {
            if (depth == 0 && c == '.' && i + 1 < branch.length() && branch.charAt(i + 1) == '{') {
                parts.add(branch.substring(from[0], i));
                int close = branch.indexOf('}', i);
                from[0] = close + 1;
                return close;
            }
            return i;
        });
        parts.add(branch.substring(from[0]));
        return parts;
    }

    /** The index of the parenthesis closing the group {@code text} starts with, or -1. */
    private static int groupEnd(String text) {
        int[] end = {-1};
        walk(text, (i, c, depth) -> {
            if (c == ')' && depth == 1) {
                end[0] = i;
                return -1;
            }
            return i;
        });
        return end[0];
    }

    /**
     * The literal characters text starts with (an escaped symbol such as {@code \[} counts as
     * itself), without the last one when a quantifier makes it optional.
     */
    private static String literalStem(String text) {
        StringBuilder stem = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && !Character.isLetterOrDigit(text.charAt(i + 1))) {
                stem.append(text.charAt(i + 1));
                i += 2;
            } else if (META.indexOf(c) < 0 && c != ' ') {
                stem.append(c);
                i++;
            } else {
                break;
            }
        }
        if (i < text.length() && stem.length() > 0 && "?*{".indexOf(text.charAt(i)) >= 0) {
            stem.setLength(stem.length() - 1);
        }
        return stem.toString();
    }
}
