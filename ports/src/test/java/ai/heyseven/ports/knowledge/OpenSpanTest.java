package ai.heyseven.ports.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSpanTest {
    /** A Monday. */
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 0, 0);

    @Test
    void acceptsTwentyFourHundredAsTheEndOfTheDay() {
        OpenSpan span = OpenSpan.parse("10:00-24:00");

        assertEquals(LocalTime.of(10, 0), span.opens());
        assertEquals(LocalTime.MIDNIGHT, span.closes());
        assertEquals(OpenSpan.parse("10:00-00:00"), span);
    }

    @Test
    void anItemClosingAtTwentyFourHundredIsOpenUntilMidnightAndNotAfter() {
        WeeklyHours hours = WeeklyHours.parse(Map.of("mon", "10:00-24:00"));

        assertFalse(hours.isOpenAt(MONDAY.withHour(9)));
        assertTrue(hours.isOpenAt(MONDAY.withHour(23).withMinute(59)));
        assertFalse(hours.isOpenAt(MONDAY.plusDays(1).withHour(0).withMinute(30)), "Tuesday has no hours of its own");
    }

    @Test
    void midnightToTwentyFourHundredIsAroundTheClock() {
        assertTrue(OpenSpan.parse("00:00-24:00").aroundTheClock());
    }

    @Test
    void anOvernightSpanRunsIntoTheNextMorning() {
        WeeklyHours hours = WeeklyHours.parse(Map.of("mon", "22:00-02:00"));

        assertTrue(hours.isOpenAt(MONDAY.withHour(23)));
        assertTrue(hours.isOpenAt(MONDAY.plusDays(1).withHour(1).withMinute(30)));
        assertFalse(hours.isOpenAt(MONDAY.plusDays(1).withHour(2)));
        assertFalse(hours.isOpenAt(MONDAY.withHour(21)));
    }

    @Test
    void refusesTwentyFourHundredAsAnOpeningTimeAndNamesTheHours() {
        var refused = assertThrows(IllegalArgumentException.class, () -> OpenSpan.parse("24:00-02:00"));

        assertTrue(refused.getMessage().contains("24:00-02:00"), refused.getMessage());
    }

    @Test
    void refusesTimesPastTheEndOfTheDay() {
        assertThrows(IllegalArgumentException.class, () -> OpenSpan.parse("10:00-24:30"));
        assertThrows(IllegalArgumentException.class, () -> OpenSpan.parse("10:00-25:00"));
    }
}
