package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeframeTest {
    /** Tuesday 24 November 2026. */
    private static LocalDateTime tuesday(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 24, hour, minute);
    }

    private static final WeeklyHours DINNER = WeeklyHours.parse(Map.of("tue", "17:00-22:00", "wed", "17:00-22:00"));
    private static final WeeklyHours NIGHTCLUB = WeeklyHours.parse(Map.of("mon", "22:00-04:00", "wed", "22:00-04:00"));
    private static final WeeklyHours BRUNCH = WeeklyHours.parse(Map.of("tue", "08:00-14:00", "wed", "08:00-14:00"));

    @Test
    void readsWhenTheQuestionIsAbout() {
        assertEquals(Timeframe.NOW, Timeframe.of("Is the spa open now?"));
        assertEquals(Timeframe.NOW, Timeframe.of("¿Qué restaurantes están abiertos ahora?"));
        assertEquals(Timeframe.TONIGHT, Timeframe.of("Any comedy tonight?"));
        assertEquals(Timeframe.TONIGHT, Timeframe.of("¿Hay algún show esta noche?"));
        assertEquals(Timeframe.ANY, Timeframe.of("Where can I get sushi?"));
    }

    @Test
    void nowMeansOpenAtThisMinuteOfThePropertysClock() {
        assertTrue(Timeframe.NOW.fits(DINNER, tuesday(18, 0)));
        assertFalse(Timeframe.NOW.fits(DINNER, tuesday(22, 0)), "closed at its closing time");
        assertFalse(Timeframe.NOW.fits(BRUNCH, tuesday(18, 0)));
        assertTrue(Timeframe.NOW.fits(NIGHTCLUB, tuesday(2, 30)), "Monday's night runs into Tuesday");
    }

    @Test
    void tonightMeansFromTheEveningUntilFourInTheMorning() {
        assertTrue(Timeframe.TONIGHT.fits(DINNER, tuesday(10, 0)), "dinner is tonight, asked in the morning");
        assertFalse(Timeframe.TONIGHT.fits(BRUNCH, tuesday(10, 0)), "brunch is not tonight");
        assertFalse(Timeframe.TONIGHT.fits(DINNER, tuesday(22, 30)), "tonight's dinner is over");
        assertFalse(Timeframe.TONIGHT.fits(NIGHTCLUB, tuesday(20, 0)), "closed on Tuesday nights");
        assertTrue(Timeframe.TONIGHT.fits(NIGHTCLUB, tuesday(1, 0)), "after midnight, tonight is the night still running");
    }

    @Test
    void anyTimeFitsEverything() {
        assertTrue(Timeframe.ANY.fits(BRUNCH, tuesday(23, 0)));
    }
}
