package ai.heyseven.adapter.redis;

import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.health.HealthCheck;
import java.net.URI;
import java.time.Clock;

/**
 * The fleet's shared state in one Redis: every port of {@link StatePorts} over one connection pool,
 * its health check, and the rotation of its credentials. The only type of this module an
 * application needs; the adapters behind it are this package's own.
 */
public final class RedisBackend implements AutoCloseable {
    private final RedisConnection connection;

    private RedisBackend(RedisConnection connection) {
        this.connection = connection;
    }

    /** Builds the pool; opens no connection yet (see {@link #ping()}). */
    public static RedisBackend open(RedisSettings settings) {
        return new RedisBackend(RedisConnection.open(settings));
    }

    /**
     * The ports over this pool, bounded by {@code limits}. Call it once Redis answers: it creates
     * the SMS queue's consumer group when there is none.
     *
     * @throws ai.heyseven.ports.BackendException when Redis does not answer
     */
    public StatePorts ports(StatePorts.Limits limits) {
        return new StatePorts(
                new RedisCheckpointStore(connection, limits.checkpointTtl(), limits.checkpointsPerThread()),
                new RedisRateLimiter(connection, limits.chatsPerMinute()),
                new RedisIdempotencyStore(connection),
                new RedisSmsQueue(connection, limits.maxQueuedSms()),
                new RedisSmsOutbox(connection, Clock.systemUTC()),
                new RedisSmsSchedule(connection, limits.maxQueuedSms()),
                new RedisSendQuota(connection),
                new RedisRateLimiter(connection, limits.smsInboundPerMinute()));
    }

    /** Whether Redis answers, for {@code /health} (required: no turn runs without it). */
    public HealthCheck check() {
        return new RedisHealthCheck(connection);
    }

    /**
     * Asks Redis for PONG within the read timeout.
     *
     * @throws RedisUnavailableException when it does not answer
     */
    public void ping() {
        connection.ping();
    }

    /** The settings in force, with the credentials of the last rotation. */
    public RedisSettings settings() {
        return connection.settings();
    }

    /**
     * Opens every new connection with the credentials of {@code url} once Redis accepts them.
     *
     * @throws IllegalArgumentException when {@code url} names another Redis (that takes a restart)
     * @throws RedisUnavailableException when Redis refuses the credentials; the current ones stay
     */
    public void rotateTo(URI url) {
        connection.rotateTo(url);
    }

    @Override
    public void close() {
        connection.close();
    }
}
