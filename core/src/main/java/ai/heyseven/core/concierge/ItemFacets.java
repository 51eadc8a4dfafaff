package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which items offer what a question asks for. An item offers a facet strongly when its name or tags
 * use one of the facet's words, weakly when only its description does ("earn points on … spa"); a
 * facet counts its weak items only when no item offers it strongly. The items kept are those that
 * offer the most of the asked facets — none when no item offers any, so the answer can say so
 * rather than fill the gap with whatever ranked highest.
 *
 * <p>Each item's folded text is kept in a bounded cache ({@value #MAX_ITEMS} items, least recently used
 * out), by id; an updated item (another instance under the same id, from a rebuilt index) is folded again.
 */
final class ItemFacets {
    static final int MAX_ITEMS = 20_000;

    /** An item's folded name, name and tags, and description; {@code item} tells a stale entry from a current one. */
    private record Text(KnowledgeItem item, String name, String lowerName, String strong, String weak) { }

    /** By item id: an id's hash is cached, a record's is computed over every field at each lookup. */
    private final Map<String, Text> texts = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Text> eldest) {
            return size() > MAX_ITEMS;
        }
    });

    /**
     * The items of {@code pool} that offer the most of {@code facets}, in the pool's order; of those,
     * the ones of category {@code intent} when there are any ("sushi after the show" is a dining
     * question). Empty when none offers any.
     */
    List<KnowledgeItem> offering(List<Facet> facets, List<KnowledgeItem> pool, Intent intent) {
        List<KnowledgeItem> best = best(facets, pool);
        List<KnowledgeItem> inCategory = best.stream().filter(item -> item.category() == intent).toList();
        return inCategory.isEmpty() ? best : inCategory;
    }

    /** The items of {@code pool} that {@code padded} (see {@link Words}) names in full ("Is Green Leaf Kitchen open?"). */
    List<KnowledgeItem> named(String padded, List<KnowledgeItem> pool) {
        List<KnowledgeItem> named = new ArrayList<>(1);
        for (KnowledgeItem item : pool) {
            if (padded.contains(text(item).name())) {
                named.add(item);
            }
        }
        return named;
    }

    /** Whether {@code item} offers {@code facet}, strongly or weakly. */
    boolean offers(KnowledgeItem item, Facet facet) {
        Text text = text(item);
        return mentions(text.strong(), facet) || mentions(text.weak(), facet);
    }

    private List<KnowledgeItem> best(List<Facet> facets, List<KnowledgeItem> pool) {
        int[] scores = new int[pool.size()];
        for (Facet facet : facets) {
            boolean anyStrong = false;
            for (KnowledgeItem item : pool) {
                if (mentions(text(item).strong(), facet)) {
                    anyStrong = true;
                    break;
                }
            }
            for (int i = 0; i < pool.size(); i++) {
                Text text = text(pool.get(i));
                if (mentions(text.strong(), facet) || (!anyStrong && mentions(text.weak(), facet))) {
                    scores[i]++;
                }
            }
        }
        int top = 0;
        for (int score : scores) {
            top = Math.max(top, score);
        }
        if (top == 0) {
            return List.of();
        }
        List<KnowledgeItem> kept = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (scores[i] == top) {
                kept.add(pool.get(i));
            }
        }
        return kept;
    }

    /** Whether lower-case {@code text} holds the item's name as written (not across punctuation, as folded text would). */
    boolean namedIn(String lowerText, KnowledgeItem item) {
        return lowerText.contains(text(item).lowerName());
    }

    private static boolean mentions(String text, Facet facet) {
        for (String word : facet.itemWords()) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Text text(KnowledgeItem item) {
        Text text = texts.get(item.id());
        if (text == null || text.item() != item) {
            String name = Words.padded(item.name());
            if (name.startsWith(" the ")) {
                name = name.substring(4);
            }
            text = new Text(item, name, item.name().toLowerCase(java.util.Locale.ROOT), Words.padded(item.name() + " " + String.join(" , ", item.tags())), Words.padded(item.description()));
            texts.put(item.id(), text);
        }
        return text;
    }
}
