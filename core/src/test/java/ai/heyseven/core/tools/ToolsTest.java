package ai.heyseven.core.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryHostCallbacks;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.adapter.local.SeatingPlan;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.tools.ToolContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in tools over the real local adapters and the bundled property. */
class ToolsTest {
    /** Monday 23 November 2026, 18:00 in Las Vegas. */
    private static final ToolContext MONDAY_EVENING = new ToolContext("aurora-palms", "t1", "guest-1",
            ZonedDateTime.parse("2026-11-23T18:00:00-08:00[America/Los_Angeles]"));

    @Test
    void showTimesReadsTheScheduleFromThePropertysOwnItems() {
        ShowTimes tool = new ShowTimes(new KnowledgeIndex(InMemoryKnowledgeStore.seededFrom(PropertyFiles.bundled(), 1_000), 4));
        String schedule = tool.call(MONDAY_EVENING, Map.of("show", "Mirage Nights"));
        assertTrue(schedule.startsWith("Mirage Nights (Aurora Theater): tomorrow 19:00-23:00; Wednesday 19:00-23:00"), schedule);
        assertFalse(schedule.lines().findFirst().orElseThrow().contains("today"), "dark on Mondays: " + schedule);
        assertTrue(tool.call(MONDAY_EVENING, Map.of("show", "karaoke submarine")).startsWith("No show"));
    }

    @Test
    void hostCallbackRecordsTheRequestAndGivesAReference() {
        InMemoryHostCallbacks callbacks = new InMemoryHostCallbacks(10);
        HostCallback tool = new HostCallback(callbacks, Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC));
        String answer = tool.call(MONDAY_EVENING, Map.of("topic", "a suite upgrade"));
        assertEquals("A host will call the guest back about a suite upgrade; reference CB-1.", answer);
        assertEquals("guest-1", callbacks.requests().get(0).guestId());
        assertTrue(tool.spec().sideEffect());
    }

    @Test
    void diningAvailabilityOffersTheRestaurantsSeatingsFromNowOn() {
        DiningAvailability tool = new DiningAvailability(
                new KnowledgeIndex(InMemoryKnowledgeStore.seededFrom(PropertyFiles.bundled(), 1_000), 4), SeatingPlan.standard());
        assertEquals("Trattoria Lucia can seat 4 today at 18:30, 19:00, 19:30, 20:00, 20:30, 21:00.",
                tool.call(MONDAY_EVENING, Map.of("restaurant", "Trattoria Lucia", "date", "today", "party_size", "4")));
        assertEquals("Ember Steakhouse is closed today.",
                tool.call(MONDAY_EVENING, Map.of("restaurant", "Ember Steakhouse", "date", "today", "party_size", "2")));
        assertTrue(tool.call(MONDAY_EVENING, Map.of("restaurant", "Jade Noodle House", "date", "tomorrow", "party_size", "2"))
                .startsWith("Jade Noodle House can seat 2 Tuesday 2026-11-24 at 11:00, 11:30,"));
        assertTrue(tool.call(MONDAY_EVENING, Map.of("restaurant", "Trattoria Lucia", "date", "2026-11-24", "party_size", "12"))
                .contains("no table left for 12"));
        assertTrue(tool.call(MONDAY_EVENING, Map.of("restaurant", "Trattoria Lucia", "date", "next year", "party_size", "2"))
                .startsWith("The date must be"));
        assertTrue(tool.call(MONDAY_EVENING, Map.of("restaurant", "Trattoria Lucia", "date", "today", "party_size", "lots"))
                .startsWith("The party size must be"));
    }

    @Test
    void theSeatingPlanStopsAnHourBeforeClosingAndAtMidnight() {
        var vesuvio = InMemoryKnowledgeStore.seededFrom(PropertyFiles.bundled(), 1_000).items("aurora-palms").stream()
                .filter(item -> item.id().equals("jade-noodle-house")).findFirst().orElseThrow();
        var seatings = SeatingPlan.standard().openSeatings("aurora-palms", vesuvio, java.time.LocalDate.parse("2026-11-23"), 2);
        assertEquals(java.time.LocalTime.of(11, 0), seatings.get(0));
        assertEquals(java.time.LocalTime.of(23, 30), seatings.get(seatings.size() - 1), "after midnight is the next day's");
        assertEquals(26, seatings.size());
    }
}
