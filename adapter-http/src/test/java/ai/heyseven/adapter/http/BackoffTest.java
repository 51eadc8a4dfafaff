package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void eachPauseIsBetweenHalfAndAllOfAStepThatDoublesUpToItsCeiling() {
        for (int run = 0; run < 200; run++) {
            Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(350));
            long[] steps = {100, 200, 350, 350};
            for (long step : steps) {
                long pause = backoff.next();
                assertTrue(pause >= step / 2 && pause <= step, pause + " ms for a step of " + step);
            }
        }
    }
}
