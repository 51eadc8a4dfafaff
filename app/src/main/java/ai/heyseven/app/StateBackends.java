package ai.heyseven.app;

import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.adapter.local.InMemoryIdempotencyStore;
import ai.heyseven.adapter.local.InMemoryRateLimiter;
import ai.heyseven.adapter.local.InMemorySendQuota;
import ai.heyseven.adapter.local.InMemorySmsOutbox;
import ai.heyseven.adapter.local.InMemorySmsQueue;
import ai.heyseven.adapter.local.InMemorySmsSchedule;
import ai.heyseven.adapter.redis.RedisCheckpointStore;
import ai.heyseven.adapter.redis.RedisConnection;
import ai.heyseven.adapter.redis.RedisHealthCheck;
import ai.heyseven.adapter.redis.RedisIdempotencyStore;
import ai.heyseven.adapter.redis.RedisRateLimiter;
import ai.heyseven.adapter.redis.RedisSendQuota;
import ai.heyseven.adapter.redis.RedisSettings;
import ai.heyseven.adapter.redis.RedisSmsOutbox;
import ai.heyseven.adapter.redis.RedisSmsQueue;
import ai.heyseven.adapter.redis.RedisSmsSchedule;
import ai.heyseven.adapter.redis.RedisUnavailableException;
import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.app.telemetry.TracedPort;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import ai.heyseven.ports.idempotency.IdempotencyStore;
import ai.heyseven.ports.ratelimit.RateLimiter;
import ai.heyseven.ports.sms.SendQuota;
import ai.heyseven.ports.sms.SmsOutbox;
import ai.heyseven.ports.sms.SmsQueue;
import ai.heyseven.ports.sms.SmsSchedule;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where conversations, rate limits and webhook claims live: all in Redis when {@code REDIS_URL}
 * (or {@code REDIS_URL_FILE}) is set (pinged before the server starts), all in bounded process memory
 * otherwise ({@code dev} only — {@link Backends#check} keeps {@code prod} from getting here without Redis).
 * Never a mix, and never a switch at run time.
 */
record StateBackends(
        CheckpointStore checkpoints,
        RateLimiter rateLimiter,
        IdempotencyStore idempotency,
        SmsQueue smsQueue,
        SmsOutbox smsOutbox,
        SmsSchedule smsSchedule,
        SendQuota smsQuota,
        RateLimiter smsInboundLimit,
        List<HealthCheck> checks,
        Optional<RedisConnection> redis) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StateBackends.class);
    private static final String REDIS = "redis";
    private static final long MAX_LOCAL_KEYS = 100_000;
    /** Unfinished inbound texts held at most; beyond that the webhook answers 503 and the carrier retries. */
    private static final int MAX_QUEUED_SMS = 100_000;
    private static final java.time.Duration SMS_REPLY_RECORD = java.time.Duration.ofDays(3);

    static StateBackends open(Settings settings, StartupWait wait) {
        return settings.redisUri().map(url -> redis(settings, new RedisSettings(url, settings.redisConnectTimeout(),
                settings.redisReadTimeout(), settings.redisPoolSize()), wait)).orElseGet(() -> local(settings));
    }

    private static StateBackends redis(Settings settings, RedisSettings redisSettings, StartupWait wait) {
        RedisConnection connection = RedisConnection.open(redisSettings);
        try {
            wait.until("Redis at " + redisSettings.safeUrl(), connection::ping);
        } catch (RedisUnavailableException e) {
            connection.close();
            throw new ConfigurationException(settings.redisUrl().source() + ": " + e.getMessage());
        }
        LOG.info("conversations, rate limits and webhook claims in Redis at {}", redisSettings.safeUrl());
        return new StateBackends(
                new RedisCheckpointStore(connection, settings.checkpointTtl(), settings.checkpointsPerThread()),
                new RedisRateLimiter(connection, settings.rateLimitPerMinute()),
                new RedisIdempotencyStore(connection),
                new RedisSmsQueue(connection, MAX_QUEUED_SMS),
                new RedisSmsOutbox(connection, Clock.systemUTC()),
                new RedisSmsSchedule(connection, MAX_QUEUED_SMS),
                new RedisSendQuota(connection),
                new RedisRateLimiter(connection, settings.smsInboundPerMinute()),
                List.of(new RedisHealthCheck(connection)),
                Optional.of(connection));
    }

    private static StateBackends local(Settings settings) {
        InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore(settings.localMaxThreads(), settings.localThreadIdle());
        LOG.info("dev profile without REDIS_URL: conversations, rate limits and claims in bounded process memory");
        return new StateBackends(
                checkpoints,
                new InMemoryRateLimiter(settings.rateLimitPerMinute(), MAX_LOCAL_KEYS),
                new InMemoryIdempotencyStore(MAX_LOCAL_KEYS),
                new InMemorySmsQueue(MAX_QUEUED_SMS, Clock.systemUTC()),
                new InMemorySmsOutbox(MAX_LOCAL_KEYS, SMS_REPLY_RECORD, Clock.systemUTC()),
                new InMemorySmsSchedule(MAX_QUEUED_SMS),
                new InMemorySendQuota(),
                new InMemoryRateLimiter(settings.smsInboundPerMinute(), MAX_LOCAL_KEYS),
                List.of(HeySeven.check("checkpoint_store", true, () -> HealthStatus.up("in-memory (dev), " + checkpoints.size()
                        + " of at most " + checkpoints.maxThreads() + " threads, " + checkpoints.evictions() + " evicted"))),
                Optional.empty());
    }

    /**
     * Re-reads {@code REDIS_URL_FILE} every {@code HEYSEVEN_SECRET_REFRESH_SECONDS}: new credentials
     * in it are checked and then used for every new connection (open ones keep theirs until the pool
     * drops them); another address is refused with a warning, as moving a live pool takes a restart.
     * Closing what it returns stops the watch; there is nothing to watch without Redis or without the file.
     */
    AutoCloseable watchRedisUrl(Settings settings) {
        Secret url = settings.redisUrl();
        return redis.map(connection -> url.watch(connection.settings().url().toString(), settings.secretRefresh(),
                next -> connection.rotateTo(Settings.redisUri(next, url.source())))).orElse(() -> { });
    }

    /** The same backends, with every Redis call measured and traced (in-memory stores are left as they are). */
    StateBackends traced(Observability observability) {
        if (redis.isEmpty()) {
            return this;
        }
        return new StateBackends(
                TracedPort.of(CheckpointStore.class, checkpoints, REDIS, observability),
                TracedPort.of(RateLimiter.class, rateLimiter, REDIS, observability),
                TracedPort.of(IdempotencyStore.class, idempotency, REDIS, observability),
                TracedPort.of(SmsQueue.class, smsQueue, REDIS, observability),
                TracedPort.of(SmsOutbox.class, smsOutbox, REDIS, observability),
                TracedPort.of(SmsSchedule.class, smsSchedule, REDIS, observability),
                TracedPort.of(SendQuota.class, smsQuota, REDIS, observability),
                TracedPort.of(RateLimiter.class, smsInboundLimit, REDIS, observability),
                checks, redis);
    }

    @Override
    public void close() {
        redis.ifPresent(RedisConnection::close);
    }
}
