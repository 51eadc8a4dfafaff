package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts the launcher as its own process, as an operator would. */
class MainIT {

    @Test
    void aBadSettingStopsTheStartWithOneLineNamingItAndStatusTwo() throws Exception {
        AppProcess app = AppProcess.launch(Map.of("HEYSEVEN_PORT", "eighty"));
        assertTrue(app.process.waitFor(30, TimeUnit.SECONDS));
        String output = app.output.get(5, TimeUnit.SECONDS).strip();
        assertEquals(2, app.process.exitValue());
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.contains("HEYSEVEN_PORT"), output);
    }

    @Test
    void withJsonLogsTheRefusalIsOneJsonLine() throws Exception {
        AppProcess app = AppProcess.launch(Map.of("HEYSEVEN_PORT", "eighty", "HEYSEVEN_LOG_FORMAT", "json"));
        assertTrue(app.process.waitFor(30, TimeUnit.SECONDS));
        String output = app.output.get(5, TimeUnit.SECONDS).strip();
        assertEquals(2, app.process.exitValue());
        assertEquals(1, output.lines().count(), output);
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(output).path("message").asText().contains("HEYSEVEN_PORT"),
                output);
    }

    @Test
    void sigtermDrainsAndExitsZero() throws Exception {
        int port = AppProcess.freePort();
        AppProcess app = AppProcess.launch(Map.of("HEYSEVEN_PORT", Integer.toString(port), "HEYSEVEN_DRAIN_SECONDS", "2"));
        app.awaitReady(port);
        long signalled = System.nanoTime();
        app.process.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
        assertTrue(app.process.waitFor(10, TimeUnit.SECONDS), "stopped within the drain and a margin");
        String output = app.output.get(5, TimeUnit.SECONDS);
        assertEquals(0, app.process.exitValue(), output);
        assertTrue(output.contains("draining for up to 2 s") && output.contains("Hey Seven stopped"), output);
        assertTrue(Duration.ofNanos(System.nanoTime() - signalled).toSeconds() < 10);
    }

    @Test
    void prodWithoutBackendsRefusesToStartNamingThem() throws Exception {
        AppProcess app = AppProcess.launch(Map.of("HEYSEVEN_PROFILE", "prod"));
        assertTrue(app.process.waitFor(30, TimeUnit.SECONDS));
        String output = app.output.get(5, TimeUnit.SECONDS);
        assertEquals(2, app.process.exitValue());
        assertTrue(output.contains("REDIS_URL") && output.contains("FIRESTORE_PROJECT_ID"), output);
    }
}
