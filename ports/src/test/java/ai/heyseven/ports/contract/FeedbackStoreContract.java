package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.ports.feedback.Feedback;
import ai.heyseven.ports.feedback.FeedbackStore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link FeedbackStore} promises; each adapter's test extends this class. */
public abstract class FeedbackStoreContract {
    private static final Instant AT = Instant.parse("2026-11-24T18:00:00.500Z");

    protected abstract FeedbackStore store();

    private static String casino() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void keepsRatingsPerCasinoNewestLast() {
        FeedbackStore store = store();
        String casino = casino();
        Feedback good = new Feedback(casino, "t-1", null, 5, "", AT);
        Feedback poor = new Feedback(casino, "t-2", "k-guest", 1, "the steakhouse was closed", AT.plusSeconds(60));
        store.record(good);
        store.record(poor);
        store.record(new Feedback(casino(), "t-3", null, 3, "", AT));
        assertEquals(List.of(good, poor), store.recent(casino, 10));
        assertEquals(List.of(poor), store.recent(casino, 1));
    }

    @Test
    void eraseGuestRemovesThatGuestsRatingsOnly() {
        FeedbackStore store = store();
        String casino = casino();
        store.record(new Feedback(casino, "t-1", "k-erase", 5, "", AT));
        store.record(new Feedback(casino, "t-2", "k-erase", 2, "slow", AT.plusSeconds(1)));
        Feedback kept = new Feedback(casino, "t-3", "k-keep", 4, "", AT.plusSeconds(2));
        Feedback anonymous = new Feedback(casino, "t-4", null, 3, "", AT.plusSeconds(3));
        store.record(kept);
        store.record(anonymous);
        assertEquals(2, store.eraseGuest(casino, "k-erase"));
        assertEquals(List.of(kept, anonymous), store.recent(casino, 10));
        assertEquals(0, store.eraseGuest(casino, "k-erase"));
    }
}
