package ai.heyseven.adapter.redis;

import java.time.Duration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The one pooled Redis client of an instance, built at start-up and closed at shutdown. A broken
 * connection is dropped from the pool and a new one opened on the next call, so service resumes
 * by itself when Redis comes back.
 */
public final class RedisConnection implements AutoCloseable {
    private final RedisClient client;
    private final RedisSettings settings;

    private RedisConnection(RedisClient client, RedisSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Builds the pool; opens no connection yet (see {@link #ping()}). */
    public static RedisConnection open(RedisSettings settings) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(settings.connectTimeout()))
                .socketTimeoutMillis(millis(settings.readTimeout()))
                .database(settings.database())
                .ssl(settings.tls())
                .clientName("heyseven");
        if (settings.password() != null) {
            config.password(settings.password());
        }
        if (settings.user() != null) {
            config.user(settings.user());
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(settings.poolSize());
        pool.setMaxIdle(settings.poolSize());
        pool.setMaxWait(settings.readTimeout());
        pool.setBlockWhenExhausted(true);
        RedisClient client = RedisClient.builder()
                .hostAndPort(settings.url().getHost(), settings.port())
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
        return new RedisConnection(client, settings);
    }

    /**
     * Asks Redis for PONG within the read timeout.
     *
     * @throws RedisUnavailableException when it does not answer
     */
    public void ping() {
        try {
            String reply = client.ping();
            if (!"PONG".equals(reply)) {
                throw new RedisUnavailableException("Redis answered PING with " + reply, null);
            }
        } catch (JedisException e) {
            throw new RedisUnavailableException("Redis at " + settings.safeUrl() + " does not answer: " + e.getMessage(), e);
        }
    }

    public RedisSettings settings() {
        return settings;
    }

    UnifiedJedis client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
