package ai.heyseven.adapter.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import redis.clients.jedis.DefaultRedisCredentials;
import redis.clients.jedis.RedisCredentials;

/**
 * Where Redis is and how long to wait for it.
 *
 * @param url {@code redis://[user:password@]host[:port][/db]}, or {@code rediss://} for TLS
 * @param poolSize the most connections this instance opens; a caller waits at most {@code readTimeout} for one
 */
public record RedisSettings(URI url, Duration connectTimeout, Duration readTimeout, int poolSize) {
    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (!"redis".equals(url.getScheme()) && !"rediss".equals(url.getScheme())) {
            throw new IllegalArgumentException("a Redis URL starts with redis:// or rediss://, got " + url.getScheme());
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("the Redis URL has no host");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Redis timeouts must be positive");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("the Redis pool needs at least one connection, got " + poolSize);
        }
    }

    boolean tls() {
        return "rediss".equals(url.getScheme());
    }

    int port() {
        return url.getPort() > 0 ? url.getPort() : 6379;
    }

    int database() {
        String path = url.getPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        try {
            return Integer.parseInt(path.substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the Redis URL's path must be a database number, got " + path, e);
        }
    }

    /** The user of {@code user:password@}, or null. */
    String user() {
        String info = url.getUserInfo();
        if (info == null || !info.contains(":")) {
            return null;
        }
        String user = info.substring(0, info.indexOf(':'));
        return user.isEmpty() ? null : user;
    }

    /** The password of {@code [user]:password@} (or of {@code password@}), or null. */
    String password() {
        String info = url.getUserInfo();
        if (info == null || info.isEmpty()) {
            return null;
        }
        return info.contains(":") ? info.substring(info.indexOf(':') + 1) : info;
    }

    /** The user and password of the URL (either may be null: the default user, no AUTH). */
    RedisCredentials credentials() {
        return new DefaultRedisCredentials(user(), password());
    }

    /** The URL without its credentials, for logs and health details. */
    public String safeUrl() {
        return url.getScheme() + "://" + url.getHost() + ":" + port() + "/" + database();
    }

    /** Without the credentials the URL may hold. */
    @Override
    public String toString() {
        return "RedisSettings[" + safeUrl() + "]";
    }
}
