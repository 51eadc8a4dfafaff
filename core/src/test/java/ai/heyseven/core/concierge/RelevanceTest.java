package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validator's relevance check: a draft may cite only items that offer what was asked. */
class RelevanceTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 18, 37);
    private static final KnowledgeItem TRATTORIA = item("trattoria", "Trattoria Lucia", "Handmade pasta", "italian", "pasta");
    private static final KnowledgeItem CANTINA = item("cantina", "Agave Cantina", "Coastal Mexican kitchen", "mexican", "tacos");
    private final Relevance relevance = new Relevance(new ItemFacets());

    private static KnowledgeItem item(String id, String name, String description, String... tags) {
        return new KnowledgeItem(id, "test-casino", Intent.DINING, name, description, "", WeeklyHours.NONE, "", List.of(tags));
    }

    private Optional<String> check(String question, String draft) {
        return relevance.problem(Asked.read(question, NOW), draft, List.of(TRATTORIA, CANTINA));
    }

    @Test
    void failsADraftThatCitesAnItemThatDoesNotOfferWhatWasAsked() {
        Optional<String> problem = check("What Italian restaurants do you have?", "Try Trattoria Lucia, or Agave Cantina for tacos.");
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("Agave Cantina") && problem.get().contains("italian"), problem.get());
    }

    @Test
    void passesADraftThatCitesOnlyMatchingItems() {
        assertEquals(Optional.empty(), check("What Italian restaurants do you have?", "Trattoria Lucia has handmade pasta."));
    }

    @Test
    void passesAnItemTheGuestNamedAndAQuestionThatNamesNoFacet() {
        assertEquals(Optional.empty(), check("Does Agave Cantina have Italian wine?", "Agave Cantina has no wine list."));
        assertEquals(Optional.empty(), check("Where should we eat?", "Agave Cantina or Trattoria Lucia."));
    }
}
