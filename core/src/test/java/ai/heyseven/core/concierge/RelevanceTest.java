package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validator's relevance check: a draft may name only items that offer what was asked. */
class RelevanceTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 18, 37);
    private static final KnowledgeItem TRATTORIA = item("trattoria", "Trattoria Lucia", "Handmade pasta", "", "italian", "pasta");
    private static final KnowledgeItem CANTINA = item("cantina", "Agave Cantina", "Coastal Mexican kitchen", "", "mexican", "tacos");
    private static final KnowledgeItem SPORTSBOOK = item("sportsbook", "Aurora Sportsbook", "Forty screens", "near Agave Cantina",
            "sportsbook", "betting");
    private final Relevance relevance;

    RelevanceTest() {
        InMemoryKnowledgeStore store = new InMemoryKnowledgeStore(10);
        List.of(TRATTORIA, CANTINA, SPORTSBOOK).forEach(item -> store.upsert(item, Optional.empty()));
        relevance = new Relevance(new ItemFacets(), new KnowledgeIndex(store, 4));
    }

    private static KnowledgeItem item(String id, String name, String description, String location, String... tags) {
        return new KnowledgeItem(id, "test-casino", Intent.DINING, name, description, location, WeeklyHours.NONE, "", List.of(tags));
    }

    private Optional<String> check(String question, String draft, KnowledgeItem... retrieved) {
        return relevance.problem("test-casino", Asked.read(question, NOW), draft, List.of(retrieved));
    }

    @Test
    void failsADraftThatNamesAnItemThatDoesNotOfferWhatWasAskedRetrievedOrNot() {
        Optional<String> problem = check("What Italian restaurants do you have?", "Try Trattoria Lucia, or Agave Cantina for tacos.", TRATTORIA);
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("Agave Cantina") && problem.get().contains("italian"), problem.get());
    }

    @Test
    void passesADraftThatNamesOnlyMatchingItems() {
        assertEquals(Optional.empty(), check("What Italian restaurants do you have?", "Trattoria Lucia has handmade pasta.", TRATTORIA));
    }

    @Test
    void passesAnItemTheGuestNamedOneARetrievedItemQuotesAndAQuestionThatNamesNoFacet() {
        assertEquals(Optional.empty(), check("Does Agave Cantina have Italian wine?", "Agave Cantina has no wine list.", CANTINA));
        assertEquals(Optional.empty(), check("Where can I bet on sports?", "Aurora Sportsbook, near Agave Cantina.", SPORTSBOOK));
        assertEquals(Optional.empty(), check("Where should we eat?", "Agave Cantina or Trattoria Lucia.", CANTINA, TRATTORIA));
    }
}
