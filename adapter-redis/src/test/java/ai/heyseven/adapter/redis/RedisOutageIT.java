package ai.heyseven.adapter.redis;

import static ai.heyseven.ports.contract.CheckpointStoreContract.saveAsATurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.contract.Samples;
import ai.heyseven.ports.conversation.CheckpointStoreException;
import ai.heyseven.ports.idempotency.IdempotencyStoreException;
import ai.heyseven.ports.ratelimit.RateLimiterException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A Redis outage is reported by every adapter, quickly, and service resumes by itself when Redis returns. */
class RedisOutageIT {

    @Test
    void failuresAreReportedWithinTheTimeoutAndServiceResumesAfterARestart() {
        try (RedisServerProcess server = RedisServerProcess.startDurable();
                RedisConnection connection = RedisConnection.open(new RedisSettings(URI.create(server.url()),
                        Duration.ofMillis(500), Duration.ofMillis(500), 8))) {
            RedisCheckpointStore checkpoints = new RedisCheckpointStore(connection, Duration.ofDays(1), 10);
            RedisRateLimiter limiter = new RedisRateLimiter(connection, 100);
            RedisIdempotencyStore claims = new RedisIdempotencyStore(connection);
            RedisHealthCheck health = new RedisHealthCheck(connection);
            saveAsATurn(checkpoints, Samples.checkpoint("kept", 1, 7, null));
            assertTrue(health.check().up());

            server.kill();
            long started = System.nanoTime();
            assertThrows(CheckpointStoreException.class, () -> checkpoints.latest("kept"));
            assertThrows(RateLimiterException.class, () -> limiter.acquire("k"));
            assertThrows(IdempotencyStoreException.class, () -> claims.claim("e", Duration.ofMinutes(1)));
            assertFalse(health.check().up());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(4).toNanos(), "every failure came within the timeouts");

            server.restart();
            assertTrue(health.check().up());
            assertEquals(7, checkpoints.latest("kept").orElseThrow().step(), "the acknowledged write survived the crash");
            assertTrue(limiter.acquire("k").allowed());
            assertTrue(claims.claim("e", Duration.ofMinutes(1)));
        }
    }
}
