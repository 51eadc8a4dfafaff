package ai.heyseven.core.knowledge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cuts an item into chunks, each on its own: a short description is one chunk; a long one is split
 * at its sections (blank lines or line breaks), then at sentences, packed up to {@value #MAX_CHARS}
 * characters, and each chunk after the first repeats the last sentence of the one before it, so an
 * answer that straddles the cut is found from either side. Every chunk carries the item's name,
 * category and tags, so it still says what it is about.
 */
final class Chunker {
    /** Fits the embedding model's 256-token window with the item's identity in front. */
    static final int MAX_CHARS = 600;
    /** The longest sentence repeated at the start of the next chunk. */
    static final int OVERLAP_CHARS = 200;

    /** Generic words a guest uses for a whole category ("a restaurant", "a show"), indexed with every item of it. */
    private static final Map<Intent, String> CATEGORY_WORDS = Map.of(
            Intent.DINING, "dining restaurant food eat",
            Intent.ENTERTAINMENT, "entertainment show event",
            Intent.HOTEL, "hotel room stay",
            Intent.GAMING, "gaming casino game play",
            Intent.AMENITIES, "amenity amenities facility",
            Intent.PROMOTIONS, "promotion offer deal",
            Intent.LOYALTY, "loyalty rewards program");
    private static final int NAME_WEIGHT = 3;
    private static final int TAG_WEIGHT = 2;

    private static final Pattern SECTIONS = Pattern.compile("\\R\\s*");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?。])\\s+");

    private Chunker() {
    }

    /** The chunks of {@code item}, in description order, without repeats. */
    static List<Chunk> chunks(KnowledgeItem item) {
        String version = ContentHash.of(item);
        String identity = identity(item);
        Map<String, Chunk> chunks = new LinkedHashMap<>();
        for (String section : sections(item.description())) {
            String content = identity + section + (item.location().isEmpty() ? "" : " " + item.location());
            String id = ContentHash.chunkId(item.casinoId(), item.id(), content);
            chunks.putIfAbsent(id, new Chunk(id, item, version, section, content, terms(item, section)));
        }
        return List.copyOf(chunks.values());
    }

    /**
     * Search terms weighted by field: the name thrice, tags twice, the category's generic words, the
     * section and location once; then the item's translations the same way (a translated name thrice,
     * its description and location once), so a question in Spanish, Portuguese or Chinese finds the
     * words the property wrote in that language.
     */
    private static Map<String, Integer> terms(KnowledgeItem item, String section) {
        Map<String, Integer> tf = new HashMap<>();
        item.translations().values().forEach(translation -> {
            count(tf, translation.name().equals(item.name()) ? "" : translation.name(), NAME_WEIGHT);
            count(tf, translation.description(), 1);
            count(tf, translation.location(), 1);
        });
        count(tf, item.name(), NAME_WEIGHT);
        count(tf, String.join(" ", item.tags()), TAG_WEIGHT);
        count(tf, CATEGORY_WORDS.get(item.category()), 1);
        count(tf, section, 1);
        count(tf, item.location(), 1);
        count(tf, item.priceRange().isEmpty() ? "" : "price", 1);
        return Map.copyOf(tf);
    }

    private static void count(Map<String, Integer> tf, String text, int weight) {
        for (String term : Terms.of(text)) {
            tf.merge(term, weight, Integer::sum);
        }
    }

    private static String identity(KnowledgeItem item) {
        return item.name() + ". " + item.category().wireName() + ". "
                + (item.tags().isEmpty() ? "" : String.join(", ", item.tags()) + ". ");
    }

    /** The description in pieces of at most {@value #MAX_CHARS} characters (plus overlap); one piece when short. */
    static List<String> sections(String description) {
        String text = description.strip();
        if (text.length() <= MAX_CHARS) {
            return List.of(text);
        }
        List<String> units = new ArrayList<>();
        for (String section : SECTIONS.split(text)) {
            if (section.length() <= MAX_CHARS) {
                units.add(section);
            } else {
                for (String sentence : SENTENCES.split(section)) {
                    units.addAll(hardSplit(sentence));
                }
            }
        }
        return pack(units);
    }

    private static List<String> pack(List<String> units) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String lastSentence = "";
        for (String unit : units) {
            if (!current.isEmpty() && current.length() + 1 + unit.length() > MAX_CHARS) {
                pieces.add(current.toString());
                current.setLength(0);
                if (lastSentence.length() <= OVERLAP_CHARS) {
                    current.append(lastSentence);
                }
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(unit);
            String[] sentences = SENTENCES.split(unit);
            lastSentence = sentences[sentences.length - 1];
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    /** A sentence too long for one chunk, cut at spaces (or anywhere, for text without any). */
    private static List<String> hardSplit(String sentence) {
        List<String> parts = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > MAX_CHARS) {
            int cut = rest.lastIndexOf(' ', MAX_CHARS);
            if (cut <= 0) {
                cut = MAX_CHARS;
            }
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
