package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryGuestProfiles;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.Hosting;
import ai.heyseven.ports.casino.Persona;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.WeeklyHours;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HostTouchesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
    private static final CasinoConfig CASINO = new CasinoConfig("touch-casino", "Touch Casino", ZoneId.of("UTC"), null,
            List.of("en"), List.of(), Map.of(), Map.of(), List.of(), null,
            new Hosting(Persona.DEFAULT, true, "", Map.of(), true,
                    Map.of("anniversary", Map.of("en", "a glass of champagne for two", "es", "una copa de champán para dos")), true));
    private static final KnowledgeItem COMEDY = new KnowledgeItem("laughs", CASINO.id(), Intent.ENTERTAINMENT, "Laugh Track",
            "Stand-up comedy", "Level 2", WeeklyHours.NONE, "$$", List.of("comedy", "21+"));
    private static final KnowledgeItem MAGIC = new KnowledgeItem("magic", CASINO.id(), Intent.ENTERTAINMENT, "Mirage Nights",
            "Magic and acrobatics", "Theatre", WeeklyHours.NONE, "$$", List.of("magic", "family"));

    private final InMemoryGuestProfiles profiles = new InMemoryGuestProfiles(10);
    private final HostTouches touches = new HostTouches(new GuestMemory(Optional.of(profiles), CLOCK));
    private final List<Measurement> measured = new CopyOnWriteArrayList<>();

    @Test
    void anAnniversaryIsOfferedTheIncentiveOnceAndItIsCountedAndKept() {
        GraphState state = state("It's our anniversary, where should we eat?", Intent.DINING, Update.none());
        HostTouches.Touch touch = touches.after(state, context("g-1", Map.of()), "Trattoria Uno is open until 10.").orElseThrow();
        assertEquals("To celebrate your anniversary, we'd love to offer you a glass of champagne for two. Just let me know!", touch.text());
        assertEquals(List.of(new Measurement.HostOffered("occasion", "offered")), measured);
        assertEquals("2026-12-05", profiles.find(CASINO.id(), "g-1").orElseThrow().get(ProfileField.OCCASION_OFFERED).orElseThrow().value());

        GraphState after = state.merge(touch.update()).merge(Update.of(ConciergeState.QUESTION, "Yes please!"));
        HostTouches.Touch accepted = touches.after(after, context("g-1", Map.of()), "Wonderful.").orElseThrow();
        assertTrue(!accepted.text().contains("champagne"), "not offered twice in a conversation: " + accepted.text());
        assertEquals(new Measurement.HostOffered("occasion", "accepted"), measured.get(1));
    }

    @Test
    void theSameStayIsNotOfferedAgainInANewConversation() {
        GraphState state = state("It's our anniversary, where should we eat?", Intent.DINING, Update.none());
        Optional<HostTouches.Touch> touch = touches.after(state, context("g-1", Map.of("occasion_offered", "2026-12-03")), "Trattoria Uno.");
        assertTrue(touch.isEmpty() || !touch.get().text().contains("champagne"), touch.toString());
    }

    @Test
    void noOfferNoQuestionAndNoSuggestionInASensitiveMoment() {
        for (Update flagged : List.of(Update.of(ConciergeState.NO_PROMOTIONS, true), Update.of(ConciergeState.MINOR, true),
                Update.of(ConciergeState.GUARDRAIL, GuardrailLayer.CRISIS), Update.of(ConciergeState.GATE, ConciergeState.Gate.ESCALATE))) {
            GraphState state = state("It's our anniversary, thanks that's all", Intent.DINING, flagged);
            assertEquals(Optional.empty(), touches.after(state, context("g-1", Map.of()), "Trattoria Uno."));
            assertEquals(Optional.empty(), touches.returnVisit(state, context("g-1", Map.of()), List.of(COMEDY, MAGIC)));
        }
        assertTrue(measured.isEmpty());
    }

    @Test
    void oneQuestionATurnOnlyForAnIdentifiedGuestAndNeverWhenTheAnswerAsksOne() {
        GraphState state = state("Where can we eat tonight?", Intent.DINING, Update.none());
        assertEquals("How many will be in your party?", touches.after(state, context("g-2", Map.of()), "Trattoria Uno.").orElseThrow().text());
        assertTrue(touches.after(state, context(null, Map.of()), "Trattoria Uno.").isEmpty(), "an anonymous guest is not profiled");
        assertTrue(touches.after(state, context("g-2", Map.of()), "Trattoria Uno. How many of you?").isEmpty());
    }

    @Test
    void aGoodbyeGetsOneEventTheGuestWouldLikeOnceAndNothingAdultForAMinor() {
        GraphState state = state("thanks, that's all", Intent.GREETING, Update.none());
        HostTouches.Touch touch = touches.returnVisit(state, context("g-3", Map.of("entertainment_preferences", "comedy")),
                List.of(MAGIC, COMEDY)).orElseThrow();
        assertTrue(touch.text().contains("Laugh Track"), touch.text());
        assertTrue(touches.returnVisit(state.merge(touch.update()), context("g-3", Map.of()), List.of(MAGIC, COMEDY)).isEmpty(), "once");
        assertEquals(List.of(new Measurement.HostOffered("return_visit", "offered")), measured);
    }

    private static GraphState state(String question, Intent intent, Update extra) {
        return ConciergeState.SCHEMA.initialState()
                .merge(Update.of(ConciergeState.QUESTION, question).and(ConciergeState.INTENT, intent).and(extra));
    }

    private TurnContext context(String guestId, Map<String, String> facts) {
        Telemetry recording = Telemetry.measuring(measured::add);
        return new TurnContext(CASINO, "t-1", guestId, ZonedDateTime.now(CLOCK.withZone(ZoneId.of("UTC"))), event -> { }, () -> false,
                PiiRedactor.allowing(List.of()), Duration.ofSeconds(5), facts, recording, List.of());
    }
}
