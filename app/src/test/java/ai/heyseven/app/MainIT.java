package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts the launcher as its own process, as an operator would. */
class MainIT {

    private static Process launch(Map<String, String> env) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HEYSEVEN_") || name.startsWith("REDIS") || name.startsWith("GEMINI"));
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void aBadSettingStopsTheStartWithOneLineNamingItAndStatusTwo() throws Exception {
        Process process = launch(Map.of("HEYSEVEN_PORT", "eighty"));
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(2, process.exitValue());
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.contains("HEYSEVEN_PORT"), output);
    }

    @Test
    void sigtermDrainsAndExitsZero() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process process = launch(Map.of("HEYSEVEN_PORT", Integer.toString(port), "HEYSEVEN_DRAIN_SECONDS", "2"));
        java.util.concurrent.CompletableFuture<String> printed = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        }, runnable -> Thread.ofVirtual().start(runnable)); // never the common pool: this read blocks until the process ends
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI health = java.net.URI.create("http://127.0.0.1:" + port + "/health");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(java.net.http.HttpRequest.newBuilder(health).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException starting) {
                Thread.sleep(200);
            }
        }
        long signalled = System.nanoTime();
        process.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "stopped within the drain and a margin");
        String output = printed.get(5, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("draining for up to 2 s") && output.contains("Hey Seven stopped"), output);
        assertTrue(java.time.Duration.ofNanos(System.nanoTime() - signalled).toSeconds() < 10);
    }

    @Test
    void prodWithoutBackendsRefusesToStartNamingThem() throws Exception {
        Process process = launch(Map.of("HEYSEVEN_PROFILE", "prod"));
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue());
        assertTrue(output.contains("REDIS_URL") && output.contains("FIRESTORE_PROJECT_ID"), output);
    }
}
