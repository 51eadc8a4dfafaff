package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.adapter.local.InMemoryComplianceEvents;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.SourceRef;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** "Open now" and "tonight" against the bundled property's hours, on its own clock (Los Angeles). */
class OpeningHoursRetrievalTest {
    private static final PropertyFiles PROPERTIES = PropertyFiles.bundled();
    private static final ZoneId LAS_VEGAS = ZoneId.of("America/Los_Angeles");
    private static final Map<String, KnowledgeItem> ITEMS = PROPERTIES.items("aurora-palms").stream()
            .collect(Collectors.toMap(KnowledgeItem::id, Function.identity()));

    private static Concierge at(LocalDateTime local) {
        return Concierges.builder()
                .languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
                .knowledge(InMemoryKnowledgeStore.seededFrom(PROPERTIES, 1_000))
                .checkpoints(new InMemoryCheckpointStore(100, Duration.ofMinutes(5)))
                .casinos(PROPERTIES)
                .complianceEvents(new InMemoryComplianceEvents(100))
                .clock(Clock.fixed(ZonedDateTime.of(local, LAS_VEGAS).toInstant(), LAS_VEGAS))
                .build();
    }

    private static List<String> sources(Concierge concierge, String question) {
        return concierge.ask(new TurnRequest("aurora-palms", question, null, null, "req")).sources().stream().map(SourceRef::id).toList();
    }

    @Test
    void openNowKeepsOnlyWhatIsOpenOnThePropertysClock() {
        LocalDateTime tuesdayMorning = LocalDateTime.of(2026, 11, 24, 10, 0);
        List<String> found = sources(at(tuesdayMorning), "Which restaurants are open now?");
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(id -> ITEMS.get(id).hours().isOpenAt(tuesdayMorning)), "all open at 10:00: " + found);
    }

    @Test
    void tonightFindsTheDinnerThatOpensLater() {
        List<String> found = sources(at(LocalDateTime.of(2026, 11, 24, 10, 0)), "Can I get sushi tonight?");
        assertEquals("kaze-sushi", found.get(0));
    }

    @Test
    void whenNothingAskedAboutIsOpenTheClosedOneStaysSoTheAnswerCanSayWhen() {
        List<String> found = sources(at(LocalDateTime.of(2026, 11, 24, 10, 0)), "Is the sushi place open now?");
        assertEquals("kaze-sushi", found.get(0));
    }
}
