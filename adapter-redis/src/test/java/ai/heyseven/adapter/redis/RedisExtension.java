package ai.heyseven.adapter.redis;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway redis-server and one connection to it for a test class:
 * {@code @RegisterExtension static final RedisExtension REDIS = new RedisExtension();}
 */
final class RedisExtension implements BeforeAllCallback, AfterAllCallback {
    private RedisServerProcess server;
    private RedisConnection connection;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = RedisServerProcess.start();
        connection = RedisConnection.open(new RedisSettings(URI.create(server.url()), Duration.ofSeconds(1), Duration.ofSeconds(1), 16));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        connection.close();
        server.close();
    }

    RedisServerProcess server() {
        return server;
    }

    RedisConnection connection() {
        return connection;
    }
}
