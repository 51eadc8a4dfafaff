package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    private static KnowledgeItem item(String casino, String id, String description) {
        return new KnowledgeItem(id, casino, Intent.DINING, "Kaze Sushi", description, "Level 2",
                WeeklyHours.parse(Map.of("fri", "17:00-23:00")), "$$$", List.of("sushi"));
    }

    @Test
    void aShortItemIsOneChunkThatSaysWhatItIsAbout() {
        List<Chunk> chunks = Chunker.chunks(item("c", "kaze", "Omakase counter."));
        assertEquals(1, chunks.size());
        assertTrue(chunks.get(0).content().startsWith("Kaze Sushi. dining. sushi. Omakase counter."));
        assertTrue(chunks.get(0).content().endsWith("Level 2"));
    }

    @Test
    void theSameContentAlwaysHasTheSameIdsAndAnotherCasinoOrItemOthers() {
        String id = Chunker.chunks(item("c", "kaze", "Omakase counter.")).get(0).id();
        assertEquals(id, Chunker.chunks(item("c", "kaze", "Omakase counter.")).get(0).id());
        assertEquals(64, id.length(), "a hex SHA-256");
        assertNotEquals(id, Chunker.chunks(item("d", "kaze", "Omakase counter.")).get(0).id());
        assertNotEquals(id, Chunker.chunks(item("c", "kaze-2", "Omakase counter.")).get(0).id());
        assertNotEquals(id, Chunker.chunks(item("c", "kaze", "Omakase bar.")).get(0).id());
    }

    @Test
    void everyChunkCarriesItsItemsVersionAndAnyChangeMovesIt() {
        KnowledgeItem item = item("c", "kaze", "Omakase counter.");
        KnowledgeItem later = new KnowledgeItem("kaze", "c", Intent.DINING, "Kaze Sushi", "Omakase counter.", "Level 2",
                WeeklyHours.parse(Map.of("fri", "17:00-00:00")), "$$$", List.of("sushi"));
        assertEquals(ContentHash.of(item), Chunker.chunks(item).get(0).itemVersion());
        assertNotEquals(ContentHash.of(item), ContentHash.of(later), "a new closing time is a new version");
    }

    @Test
    void aLongDescriptionSplitsAtSectionsWithinTheLimitAndOverlaps() {
        String first = "Lunch. " + "Bento boxes and hand rolls at the counter. ".repeat(10).strip();
        String second = "Dinner. " + "Twelve-course omakase from the chef, nightly. ".repeat(10).strip();
        List<String> pieces = Chunker.sections(first + "\n\n" + second);
        assertTrue(pieces.size() >= 2, "split into " + pieces.size());
        assertTrue(pieces.stream().allMatch(piece -> piece.length() <= Chunker.MAX_CHARS + Chunker.OVERLAP_CHARS + 1));
        assertTrue(pieces.get(0).startsWith("Lunch."));
        String lastOfFirst = "Bento boxes and hand rolls at the counter.";
        assertTrue(pieces.get(1).startsWith(lastOfFirst), "the next chunk repeats the sentence before the cut: " + pieces.get(1));
        assertTrue(String.join(" ", pieces).contains("Dinner."));
    }

    @Test
    void aSentenceLongerThanAChunkIsCutAtSpaces() {
        String endless = "word ".repeat(400).strip();
        List<String> pieces = Chunker.sections(endless);
        assertTrue(pieces.size() >= 3);
        assertTrue(pieces.stream().allMatch(piece -> piece.length() <= Chunker.MAX_CHARS + Chunker.OVERLAP_CHARS + 1));
        assertTrue(pieces.stream().noneMatch(piece -> piece.contains("wor ") || piece.startsWith("ord")));
    }
}
