package ai.heyseven.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A pool's credentials change without a restart, but only to credentials Redis accepts, and never its address. */
class RedisCredentialsIT {
    private RedisServerProcess server;
    /** One connection at most, so that killing it leaves the pool none opened with the old credentials. */
    private RedisConnection connection;

    @BeforeEach
    void start() {
        server = RedisServerProcess.start();
        assertEquals("+OK", server.command("ACL SETUSER app on >first-secret ~* &* +@all"));
        connection = RedisConnection.open(new RedisSettings(url("first-secret", "/0"), Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
        connection.ping();
    }

    @AfterEach
    void stop() {
        if (connection != null) {
            connection.close();
        }
        server.close();
    }

    @Test
    void newConnectionsAuthenticateWithTheNewPassword() {
        assertEquals("+OK", server.command("ACL SETUSER app >second-secret"));
        connection.rotateTo(url("second-secret", "/0"));
        assertEquals("+OK", server.command("ACL SETUSER app <first-secret"));
        connection.ping();
        killTheOpenConnection();
        assertEquals(url("second-secret", "/0"), connection.settings().url());
    }

    @Test
    void aPasswordRedisRefusesIsNotTakenAndSaysNothingOfIt() {
        RedisUnavailableException refused = assertThrows(RedisUnavailableException.class,
                () -> connection.rotateTo(url("not-the-secret", "/0")));
        assertTrue(refused.getMessage().contains("did not accept the new credentials"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-secret"), refused.getMessage());
        killTheOpenConnection();
        assertEquals(url("first-secret", "/0"), connection.settings().url());
    }

    @Test
    void anotherDatabaseOrAddressIsRefusedAsNeedingARestart() {
        for (URI elsewhere : new URI[] {url("first-secret", "/1"),
                URI.create("redis://app:first-secret@localhost:" + server.port() + "/0"),
                URI.create("rediss://app:first-secret@127.0.0.1:" + server.port() + "/0")}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> connection.rotateTo(elsewhere));
            assertTrue(refused.getMessage().contains("only with a restart"), refused.getMessage());
            assertFalse(refused.getMessage().contains("first-secret"), refused.getMessage());
        }
        connection.ping();
        assertEquals(url("first-secret", "/0"), connection.settings().url());
    }

    /**
     * Drops the pool's connection, opened with the credentials it had before, and pings on a new one:
     * the first call may find the killed connection broken (and drop it), the next opens another.
     */
    private void killTheOpenConnection() {
        String killed = server.command("CLIENT KILL USER app");
        assertTrue(killed.matches(":[1-9][0-9]*"), killed);
        try {
            connection.ping();
        } catch (RedisUnavailableException broken) {
            connection.ping();
        }
    }

    private URI url(String password, String database) {
        return URI.create("redis://app:" + password + "@127.0.0.1:" + server.port() + database);
    }
}
