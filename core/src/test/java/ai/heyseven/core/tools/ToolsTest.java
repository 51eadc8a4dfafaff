package ai.heyseven.core.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryHostCallbacks;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.ports.tools.ToolContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two built-in tools over the real local adapters and the bundled property. */
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
}
