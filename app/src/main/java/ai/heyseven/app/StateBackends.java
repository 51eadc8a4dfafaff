package ai.heyseven.app;

import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.redis.RedisBackend;
import ai.heyseven.adapter.redis.RedisSettings;
import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.health.HealthCheck;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where conversations, rate limits and webhook claims live: all in Redis when {@code REDIS_URL}
 * (or {@code REDIS_URL_FILE}) is set (pinged before the server starts), all in bounded process memory
 * otherwise ({@code dev} only — {@link Backends#check} keeps {@code prod} from getting here without Redis).
 * Never a mix, and never a switch at run time.
 */
record StateBackends(StatePorts ports, HealthCheck check, Optional<RedisBackend> redis) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StateBackends.class);

    static StateBackends open(Settings settings, StartupWait wait) {
        Settings.State state = settings.state();
        return state.redisUri().map(url -> redis(settings, new RedisSettings(url, state.redisConnectTimeout(),
                state.redisReadTimeout(), state.redisPoolSize()), wait)).orElseGet(() -> local(settings));
    }

    private static StateBackends redis(Settings settings, RedisSettings redisSettings, StartupWait wait) {
        RedisBackend redis = RedisBackend.open(redisSettings);
        try {
            wait.until("Redis at " + redisSettings.safeUrl(), redis::ping);
            StatePorts ports = redis.ports(settings.stateLimits());
            LOG.info("conversations, rate limits and webhook claims in Redis at {}", redisSettings.safeUrl());
            return new StateBackends(ports, redis.check(), Optional.of(redis));
        } catch (BackendException e) {
            redis.close();
            throw new ConfigurationException(settings.state().redisUrl().source() + ": " + e.getMessage());
        }
    }

    private static StateBackends local(Settings settings) {
        LOG.info("dev profile without REDIS_URL: conversations, rate limits and claims in bounded process memory");
        LocalBackends.Local<StatePorts> local = LocalBackends.state(settings.stateLimits(), settings.state().localMaxThreads(),
                settings.state().localThreadIdle());
        return new StateBackends(local.ports(), local.check(), Optional.empty());
    }

    /**
     * Re-reads {@code REDIS_URL_FILE} every {@code HEYSEVEN_SECRET_REFRESH_SECONDS}: new credentials
     * in it are checked and then used for every new connection (open ones keep theirs until the pool
     * drops them); another address is refused with a warning, as moving a live pool takes a restart.
     * Closing what it returns stops the watch; there is nothing to watch without Redis or without the file.
     */
    AutoCloseable watchRedisUrl(Settings settings) {
        Secret url = settings.state().redisUrl();
        return redis.map(backend -> url.watch(backend.settings().url().toString(), settings.access().secretRefresh(),
                next -> backend.rotateTo(Settings.redisUri(next, url.source())))).orElse(() -> { });
    }

    /** The same backends, with every Redis call measured and traced (in-memory stores are left as they are). */
    StateBackends traced(Observability observability) {
        return redis.isEmpty() ? this : new StateBackends(PortTable.traced(ports, "redis", observability), check, redis);
    }

    @Override
    public void close() {
        redis.ifPresent(RedisBackend::close);
    }
}
