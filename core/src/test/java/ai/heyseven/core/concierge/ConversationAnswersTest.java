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
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A conversation with the offline model on the bundled property, on its clock (Tuesday 18:37 in Las Vegas). */
class ConversationAnswersTest {
    private static final PropertyFiles PROPERTIES = PropertyFiles.bundled();
    private static final ZoneId LAS_VEGAS = ZoneId.of("America/Los_Angeles");
    private final Concierge concierge = Concierges.builder()
            .languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
            .knowledge(InMemoryKnowledgeStore.seededFrom(PROPERTIES, 1_000))
            .checkpoints(new InMemoryCheckpointStore(100, Duration.ofMinutes(5)))
            .casinos(PROPERTIES)
            .complianceEvents(new InMemoryComplianceEvents(100))
            .clock(Clock.fixed(ZonedDateTime.of(LocalDateTime.of(2026, 11, 24, 18, 37), LAS_VEGAS).toInstant(), LAS_VEGAS))
            .build();

    private TurnReply ask(String question, String threadId) {
        return concierge.ask(new TurnRequest("aurora-palms", question, threadId, null, "req"));
    }

    private static List<String> cited(TurnReply reply) {
        return reply.sources().stream().map(SourceRef::id).toList();
    }

    @Test
    void citesOnlyTheCuisineAsked() {
        assertEquals(List.of("trattoria-lucia", "vesuvio-pizzeria"), cited(ask("What Italian restaurants do you have?", null)).stream().sorted().toList());
    }

    @Test
    void saysPlainlyWhenThePropertyHasNothingOnIt() {
        TurnReply reply = ask("Do you allow my dog to stay in the room?", null);
        assertTrue(Fixtures.body(reply.reply()).startsWith("I don't have information about pets at Aurora Palms"), Fixtures.body(reply.reply()));
        assertTrue(reply.sources().isEmpty());
    }

    @Test
    void answersYesOrNoFirstOnThePropertysClock() {
        TurnReply reply = ask("Is the spa open right now?", null);
        assertEquals("Yes, Serenity Spa is open now, until 8:00 PM. Prices: $$$.", Fixtures.body(reply.reply()));
        assertEquals(List.of("serenity-spa"), cited(reply));
    }

    @Test
    void aDirectAnswerAboutAShowGivesItsShowTimes() {
        TurnReply reply = ask("Is Mirage Nights on tonight?", null);
        assertTrue(Fixtures.body(reply.reply()).startsWith("Yes. Today (Tuesday), Mirage Nights is open from 7:00 PM to 11:00 PM."), Fixtures.body(reply.reply()));
        assertTrue(Fixtures.body(reply.reply()).contains("Shows at 19:00 and 21:30"), Fixtures.body(reply.reply()));
    }

    @Test
    void aFollowUpIsAboutWhatWasBeingDiscussed() {
        TurnReply sushi = ask("Where can I get sushi?", null);
        TurnReply later = ask("Is it open after 11?", sushi.threadId());
        assertEquals(List.of("kaze-sushi"), cited(later));
        assertTrue(Fixtures.body(later.reply()).startsWith("No, Kaze Sushi & Robata isn't open at 11:00 PM."), Fixtures.body(later.reply()));
    }

    @Test
    void whatTheGuestSaidAboutTheirPartyIsNeverAskedAgain() {
        TurnReply first = ask("Hola, ¿hay algún restaurante de mariscos? Somos cuatro y uno es vegetariano.", null);
        assertTrue(cited(first).contains("kaze-sushi"), cited(first).toString());
        assertFalse(Fixtures.body(first.reply()).contains("How many will be dining"), Fixtures.body(first.reply()));
        TurnReply next = ask("¿Y a qué hora cierra hoy?", first.threadId());
        assertTrue(Fixtures.body(next.reply()).startsWith("Hoy (martes), Kaze Sushi & Robata abre de 17:00 a 23:00."), Fixtures.body(next.reply()));
        assertFalse(Fixtures.body(next.reply()).contains("How many will be dining"), Fixtures.body(next.reply()));
    }

    @Test
    void answersTomorrowsHoursInSpanish() {
        TurnReply reply = ask("¿A qué hora abre el buffet mañana?", null);
        assertEquals("Mañana (miércoles), Bufé Desert Bloom abre de 7:00 a 21:00. Precios: $$.", Fixtures.body(reply.reply()));
    }
}
