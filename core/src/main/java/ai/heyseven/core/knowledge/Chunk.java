package ai.heyseven.core.knowledge;

import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.util.Map;

/**
 * One searchable piece of one item: the item's identity (name, category, tags, location) with one
 * section of its description. Never mixes two items.
 *
 * @param id SHA-256 of (casino, item, {@code content}): the same content always has the same id
 * @param itemVersion the {@link ContentHash#of item's fingerprint} it was cut from
 * @param section the piece of the description it holds
 * @param content what is embedded: the item's identity and the section
 * @param terms its search terms with their weighted frequencies, counted once when it is cut
 */
record Chunk(String id, KnowledgeItem item, String itemVersion, String section, String content, Map<String, Integer> terms) { }
