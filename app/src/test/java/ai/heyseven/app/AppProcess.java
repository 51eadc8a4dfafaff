package ai.heyseven.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Hey Seven in a process of its own, as the jar runs it ({@link Main} on the test class path),
 * with only the given environment of ours: for tests that signal or kill it. Its output is read on
 * a thread of its own (never the common pool: the read blocks until the process ends).
 */
final class AppProcess {
    final Process process;
    final CompletableFuture<String> output;

    private AppProcess(Process process) {
        this.process = process;
        this.output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        }, runnable -> Thread.ofVirtual().start(runnable));
    }

    static AppProcess launch(Map<String, String> environment) throws IOException {
        // --enable-native-access as the jar's manifest says it (the embedding model is native code)
        return start(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()), environment);
    }

    /** The built jar itself, {@code java -jar target/heyseven.jar} (integration tests run after packaging). */
    static AppProcess launchJar(Map<String, String> environment) throws IOException {
        return start(List.of(java(), "-jar", Path.of("target", "heyseven.jar").toAbsolutePath().toString()), environment);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static AppProcess start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HEYSEVEN_") || name.startsWith("REDIS") || name.startsWith("GEMINI")
                || name.startsWith("TELNYX") || name.startsWith("FIRESTORE"));
        builder.environment().putAll(environment);
        return new AppProcess(builder.start());
    }

    /** Waits until {@code /health} on {@code port} says ready, at most a minute. */
    void awaitReady(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        if (process.isAlive()) {
            throw new AssertionError("the process did not become ready within a minute");
        }
        // it stopped: say why (a port taken between freePort() and its bind, a configuration refused, …)
        String said = output.get(5, TimeUnit.SECONDS);
        throw new AssertionError("the process exited with " + process.exitValue() + " before it was ready; it said:\n"
                + said.substring(Math.max(0, said.length() - 4_000)));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
