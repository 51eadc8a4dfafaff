package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeIndexTest {
    private static KnowledgeItem item(String casino, String id, Intent category, String name, String description, String... tags) {
        return new KnowledgeItem(id, casino, category, name, description, "", WeeklyHours.NONE, "", List.of(tags));
    }

    private final MutableStore store = new MutableStore(List.of(
            item("a", "lucia", Intent.DINING, "Trattoria Lucia", "Handmade pasta and Italian wine", "italian"),
            item("a", "ember", Intent.DINING, "Ember Steakhouse", "Dry-aged steaks", "steak"),
            item("a", "pool", Intent.AMENITIES, "Oasis Pool", "Three heated pools", "pool"),
            item("b", "marea", Intent.DINING, "Marea Cucina", "Coastal Italian seafood", "italian")));
    private final KnowledgeIndex index = new KnowledgeIndex(store, 4);

    @Test
    void findsTheItemsThatAnswerTheQuestion() {
        assertEquals("lucia", index.search("a", "Any Italian restaurants?", Intent.DINING).get(0).id());
    }

    @Test
    void neverReturnsAnotherCasinosItems() {
        assertTrue(index.search("a", "Italian seafood at Marea Cucina", Intent.DINING).stream()
                .allMatch(item -> item.casinoId().equals("a")));
    }

    @Test
    void findsNothingBelowTheRelevanceFloor() {
        assertEquals(List.of(), index.search("a", "umbrella rental", Intent.GENERAL));
    }

    @Test
    void noticesANewVersionWithoutARestart() {
        assertEquals(List.of(), index.search("a", "sushi", Intent.DINING));
        store.items = List.of(item("a", "kaze", Intent.DINING, "Kaze Sushi", "Omakase sushi counter", "sushi"));
        store.version++;
        assertEquals("kaze", index.search("a", "sushi", Intent.DINING).get(0).id());
    }

    private static final class MutableStore implements KnowledgeStore {
        volatile List<KnowledgeItem> items;
        volatile long version = 1;

        MutableStore(List<KnowledgeItem> items) {
            this.items = items;
        }

        @Override
        public List<KnowledgeItem> items(String casinoId) {
            return items.stream().filter(i -> i.casinoId().equals(casinoId)).toList();
        }

        @Override
        public long version(String casinoId) {
            return version;
        }
    }
}
