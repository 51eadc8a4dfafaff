package ai.heyseven.adapter.redis;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.DefaultRedisCredentialsProvider;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisCredentials;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The one pooled Redis client of an instance, built at start-up and closed at shutdown. A broken
 * connection is dropped from the pool and a new one opened on the next call, so service resumes
 * by itself when Redis comes back. Its credentials rotate without a restart ({@link #rotateTo}).
 */
final class RedisConnection implements AutoCloseable {
    private final RedisClient client;
    /** Jedis asks it for the user and password each time the pool opens a connection. */
    private final DefaultRedisCredentialsProvider credentials;
    private volatile RedisSettings settings;

    private RedisConnection(RedisClient client, DefaultRedisCredentialsProvider credentials, RedisSettings settings) {
        this.client = client;
        this.credentials = credentials;
        this.settings = settings;
    }

    /** Builds the pool; opens no connection yet (see {@link #ping()}). */
    static RedisConnection open(RedisSettings settings) {
        DefaultRedisCredentialsProvider credentials = new DefaultRedisCredentialsProvider(settings.credentials());
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(settings.poolSize());
        pool.setMaxIdle(settings.poolSize());
        pool.setMaxWait(settings.readTimeout());
        pool.setBlockWhenExhausted(true);
        RedisClient client = RedisClient.builder()
                .hostAndPort(address(settings))
                .clientConfig(clientConfig(settings, credentials))
                .poolConfig(pool)
                .build();
        return new RedisConnection(client, credentials, settings);
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

    /**
     * Opens every connection from now on with the user and password of {@code url}, once a
     * connection of its own has shown that Redis accepts them. Connections already open keep the
     * credentials they authenticated with until the pool drops them (idle, or broken), so the old
     * password must stay valid in Redis until then.
     *
     * @throws IllegalArgumentException when {@code url} names another Redis (scheme, host, port or
     *     database): a live pool cannot move there, that takes a restart; nothing changes
     * @throws RedisUnavailableException when Redis refuses the new credentials or does not answer;
     *     the current ones stay in use
     */
    public void rotateTo(URI url) {
        RedisSettings current = settings;
        RedisSettings next = new RedisSettings(url, current.connectTimeout(), current.readTimeout(), current.poolSize());
        if (!next.safeUrl().equals(current.safeUrl())) {
            throw new IllegalArgumentException("it names " + next.safeUrl() + " instead of " + current.safeUrl()
                    + ": an instance moves to another Redis only with a restart; it stays on " + current.safeUrl()
                    + " with the credentials it has");
        }
        RedisCredentials nextCredentials = next.credentials();
        try (Connection probe = new Connection(address(next), clientConfig(next, () -> nextCredentials))) {
            probe.ping();
        } catch (JedisException e) {
            throw new RedisUnavailableException("Redis at " + next.safeUrl() + " did not accept the new credentials: "
                    + e.getMessage(), e);
        }
        credentials.setCredentials(nextCredentials);
        settings = next;
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

    private static HostAndPort address(RedisSettings settings) {
        return new HostAndPort(settings.url().getHost(), settings.port());
    }

    private static JedisClientConfig clientConfig(RedisSettings settings, Supplier<RedisCredentials> credentials) {
        return DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(settings.connectTimeout()))
                .socketTimeoutMillis(millis(settings.readTimeout()))
                .database(settings.database())
                .ssl(settings.tls())
                .clientName("heyseven")
                .credentialsProvider(credentials)
                .build();
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
