package ai.heyseven.adapter.redis;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway redis-server and one connection to it for a test class:
 * {@code @RegisterExtension static final RedisExtension REDIS = new RedisExtension();}
 * JUnit calls it again for each {@code @Nested} class; those share the outer class's server,
 * which is stopped when the outer class is done (starting one per nested class left the first
 * running after the build).
 */
final class RedisExtension implements BeforeAllCallback, AfterAllCallback {
    private RedisServerProcess server;
    private RedisConnection connection;
    private String owner;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (owner == null) {
            owner = context.getUniqueId();
            server = RedisServerProcess.start();
            connection = RedisConnection.open(new RedisSettings(URI.create(server.url()), Duration.ofSeconds(1), Duration.ofSeconds(1), 16));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(owner)) {
            owner = null;
            connection.close();
            server.close();
        }
    }

    RedisServerProcess server() {
        return server;
    }

    RedisConnection connection() {
        return connection;
    }
}
