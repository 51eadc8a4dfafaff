package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.heyseven.ports.tools.CallbackRequest;
import ai.heyseven.ports.tools.HostCallbacks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link HostCallbacks} promises; each adapter's test extends this class. */
public abstract class HostCallbacksContract {
    private static final Instant AT = Instant.parse("2026-11-24T18:00:00.500Z");

    protected abstract HostCallbacks callbacks();

    private static String casino() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void keepsEachRequestInOrderWithADistinctReference() {
        HostCallbacks callbacks = callbacks();
        String casino = casino();
        CallbackRequest first = new CallbackRequest(casino, "t-1", "g-1", "a suite upgrade", AT);
        CallbackRequest second = new CallbackRequest(casino, "t-2", null, "a birthday dinner", AT.plusSeconds(60));
        assertNotEquals(callbacks.request(first), callbacks.request(second));
        assertEquals(List.of(first, second), callbacks.pending(casino, 10));
        assertEquals(List.of(second), callbacks.pending(casino, 1));
        assertEquals(List.of(), callbacks.pending(casino(), 10));
    }

    @Test
    void eraseGuestRemovesThatGuestsRequestsOnly() {
        HostCallbacks callbacks = callbacks();
        String casino = casino();
        callbacks.request(new CallbackRequest(casino, "t-1", "g-erase", "a comp", AT));
        callbacks.request(new CallbackRequest(casino, "t-2", "g-erase", "a show", AT.plusSeconds(1)));
        CallbackRequest kept = new CallbackRequest(casino, "t-3", "g-keep", "a table", AT.plusSeconds(2));
        callbacks.request(kept);
        assertEquals(2, callbacks.eraseGuest(casino, "g-erase"));
        assertEquals(List.of(kept), callbacks.pending(casino, 10));
        assertEquals(0, callbacks.eraseGuest(casino, "g-erase"));
    }
}
