package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.ratelimit.RateDecision;
import ai.heyseven.ports.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} promises; each adapter's test extends this class. */
public abstract class RateLimiterContract {

    /** A limiter allowing {@code perMinute} requests per key per minute. */
    protected abstract RateLimiter limiter(int perMinute);

    private static String newKey() {
        return "k-" + UUID.randomUUID();
    }

    @Test
    void admitsTheLimitAtOnceThenRefusesWithARetryAfter() {
        RateLimiter limiter = limiter(5);
        String key = newKey();
        for (int i = 0; i < 5; i++) {
            RateDecision decision = limiter.acquire(key);
            assertTrue(decision.allowed(), "request " + (i + 1));
            assertEquals(4 - i, decision.remaining());
        }
        RateDecision refused = limiter.acquire(key);
        assertFalse(refused.allowed());
        assertTrue(refused.retryAfter().compareTo(Duration.ofSeconds(5)) > 0, "one of 5 per minute comes back in ~12 s, got " + refused.retryAfter());
        assertTrue(refused.retryAfter().compareTo(Duration.ofSeconds(13)) <= 0, refused.retryAfter().toString());
    }

    @Test
    void keysHaveTheirOwnBudgets() {
        RateLimiter limiter = limiter(1);
        String first = newKey();
        assertTrue(limiter.acquire(first).allowed());
        assertFalse(limiter.acquire(first).allowed());
        assertTrue(limiter.acquire(newKey()).allowed());
    }

    @Test
    void concurrentRequestsAdmitExactlyTheLimit() {
        RateLimiter limiter = limiter(20);
        String key = newKey();
        AtomicInteger admitted = new AtomicInteger();
        IntStream.range(0, 60).parallel().forEach(i -> {
            if (limiter.acquire(key).allowed()) {
                admitted.incrementAndGet();
            }
        });
        assertEquals(20, admitted.get());
    }

    @Test
    void refillsEvenlyOverTheMinute() throws InterruptedException {
        RateLimiter limiter = limiter(600);
        String key = newKey();
        // spend until refused: on a slow machine the bucket regains tokens while the first 600 are spent
        int admitted = 0;
        while (limiter.acquire(key).allowed() && admitted < 2_000) {
            admitted++;
        }
        assertTrue(admitted >= 600 && admitted < 2_000, "the burst is the limit, plus what refilled meanwhile: " + admitted);
        Thread.sleep(250);
        assertTrue(limiter.acquire(key).allowed(), "600 per minute regains one every 100 ms");
    }
}
