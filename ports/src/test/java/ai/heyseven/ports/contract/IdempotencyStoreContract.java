package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.idempotency.IdempotencyStore;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} promises; each adapter's test extends this class. */
public abstract class IdempotencyStoreContract {

    protected abstract IdempotencyStore store();

    @Test
    void theFirstClaimWinsAndEveryLaterOneLoses() {
        IdempotencyStore store = store();
        String key = "evt-" + UUID.randomUUID();
        assertTrue(store.claim(key, Duration.ofMinutes(5)));
        assertFalse(store.claim(key, Duration.ofMinutes(5)));
        assertTrue(store.claim("evt-" + UUID.randomUUID(), Duration.ofMinutes(5)));
    }

    @Test
    void aReleasedClaimCanBeClaimedAgain() {
        IdempotencyStore store = store();
        String key = "evt-" + UUID.randomUUID();
        assertTrue(store.claim(key, Duration.ofMinutes(5)));
        store.release(key);
        assertTrue(store.claim(key, Duration.ofMinutes(5)));
        assertFalse(store.claim(key, Duration.ofMinutes(5)));
    }

    @Test
    void concurrentClaimsOfOneKeyHaveExactlyOneWinner() {
        IdempotencyStore store = store();
        String key = "evt-" + UUID.randomUUID();
        AtomicInteger winners = new AtomicInteger();
        IntStream.range(0, 32).parallel().forEach(i -> {
            if (store.claim(key, Duration.ofMinutes(5))) {
                winners.incrementAndGet();
            }
        });
        assertEquals(1, winners.get());
    }

    @Test
    void aClaimExpires() throws InterruptedException {
        IdempotencyStore store = store();
        String key = "evt-" + UUID.randomUUID();
        assertTrue(store.claim(key, Duration.ofMillis(200)));
        Thread.sleep(400);
        assertTrue(store.claim(key, Duration.ofMillis(200)), "the expired claim is free again");
    }
}
