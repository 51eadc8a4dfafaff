package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RotatingTest {
    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void theOldValueStaysValidForTheOverlapThenNot() {
        Rotating<String> key = Rotating.of("old", now::get);
        key.rotateTo("new", Duration.ofNanos(100));
        assertEquals(List.of("new", "old"), key.valid());
        now.addAndGet(99);
        assertEquals(List.of("new", "old"), key.valid());
        now.addAndGet(1);
        assertEquals(List.of("new"), key.valid());
    }

    @Test
    void twoQuickRotationsNeverExtendAnOldValue() {
        Rotating<String> key = Rotating.of("first", now::get);
        key.rotateTo("second", Duration.ofNanos(100));
        now.addAndGet(50);
        key.rotateTo("third", Duration.ofNanos(100));
        assertEquals(List.of("third", "second", "first"), key.valid());
        now.addAndGet(50);
        assertEquals(List.of("third", "second"), key.valid(), "the first keeps its own end");
    }

    @Test
    void noneHasNothingValid() {
        assertTrue(Rotating.<String>none().valid().isEmpty());
        assertTrue(Rotating.ofNullable(null).isEmpty());
    }
}
