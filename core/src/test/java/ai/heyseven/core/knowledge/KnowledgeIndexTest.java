package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeIndexTest {
    private static KnowledgeItem item(String casino, String id, Intent category, String name, String description, String... tags) {
        return new KnowledgeItem(id, casino, category, name, description, "", WeeklyHours.NONE, "", List.of(tags));
    }

    private final InMemoryKnowledgeStore store = new InMemoryKnowledgeStore(100);
    private final KnowledgeIndex index = new KnowledgeIndex(store, 4);

    KnowledgeIndexTest() {
        List.of(item("a", "lucia", Intent.DINING, "Trattoria Lucia", "Handmade pasta and Italian wine", "italian"),
                item("a", "ember", Intent.DINING, "Ember Steakhouse", "Dry-aged steaks", "steak"),
                item("a", "pool", Intent.AMENITIES, "Oasis Pool", "Three heated pools", "pool"),
                item("b", "marea", Intent.DINING, "Marea Cucina", "Coastal Italian seafood", "italian"))
                .forEach(item -> store.upsert(item, Optional.empty()));
    }

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
        store.upsert(item("a", "kaze", Intent.DINING, "Kaze Sushi", "Omakase sushi counter", "sushi"), Optional.empty());
        assertEquals("kaze", index.search("a", "sushi", Intent.DINING).get(0).id());
    }

    @Test
    void aChangedItemLeavesNoChunkOfItsOldVersion() {
        index.warm("a");
        store.upsert(item("a", "ember", Intent.DINING, "Ember Steakhouse", "Wagyu and lobster", "steak"), Optional.empty());
        assertEquals(List.of(), index.search("a", "dry-aged", Intent.DINING), "the old description is purged");
        assertEquals("ember", index.search("a", "wagyu", Intent.DINING).get(0).id());
        assertEquals(3, index.chunkCount("a"));
    }

    @Test
    void aDeletedItemIsNeverFoundAgain() {
        index.warm("a");
        store.delete("a", "ember");
        assertEquals(List.of(), index.search("a", "steak", Intent.DINING));
    }

    @Test
    void splitsALongItemIntoChunksAndFindsItByAnyOfThem() {
        String menu = "Breakfast.\n" + "Pancakes and waffles all morning. ".repeat(15) + "\n" + "Dinner is ramen with chashu. ".repeat(15);
        store.upsert(item("a", "diner", Intent.DINING, "Night Owl Diner", menu, "diner"), Optional.empty());
        assertTrue(index.chunkCount("a") > 4, "the long item has more than one chunk");
        assertEquals("diner", index.search("a", "ramen", Intent.DINING).get(0).id());
        assertEquals("diner", index.search("a", "waffles", Intent.DINING).get(0).id());
        assertEquals(1, index.search("a", "ramen waffles", Intent.DINING).stream().filter(i -> i.id().equals("diner")).count(),
                "an item appears once however many of its chunks match");
    }
}
