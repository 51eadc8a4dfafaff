package ai.heyseven.benchmarks.faults;

import ai.heyseven.benchmarks.LocalProcesses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built server ({@code app/target/heyseven.jar}) in a process of its own on a loopback port,
 * with only the environment given (none of ours inherited): started, killed with SIGKILL, started
 * again on the same port. Its output goes to a log file the harness scans afterwards.
 */
final class ServerProcess implements AutoCloseable {
    /** The jar to run; {@code -Dheyseven.jar=…} runs a copy, so a rebuild during a long soak does not pull it from under the server. */
    private static final Path JAR = Path.of(System.getProperty("heyseven.jar", "app/target/heyseven.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final int port;
    private final Path log;
    private Process process;

    ServerProcess(String name, Map<String, String> environment, List<String> jvmOptions, Path logDirectory) throws IOException {
        this.name = name;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
        this.port = freePort();
        this.log = logDirectory.resolve("server-" + name + ".log");
        Files.createDirectories(logDirectory);
        Files.deleteIfExists(log);
        // stopped also when the harness is interrupted or fails before it closes this
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-server-" + name));
    }

    /** Starts the process and waits (at most {@code readyWithin}) until /health answers 200. */
    ServerProcess start(Duration readyWithin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("HEYSEVEN_") || key.startsWith("REDIS") || key.startsWith("GEMINI")
                || key.startsWith("TELNYX") || key.startsWith("FIRESTORE") || key.startsWith("OTEL"));
        builder.environment().putAll(environment);
        builder.environment().put("HEYSEVEN_PORT", Integer.toString(port));
        builder.environment().put("HEYSEVEN_HOST", "127.0.0.1");
        process = builder.start();
        long deadline = System.nanoTime() + readyWithin.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server " + name + " exited at start (status " + process.exitValue() + "); see " + log);
            }
            if (health() == 200) {
                return this;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("server " + name + " was not ready within " + readyWithin + "; see " + log);
    }

    /** {@code /health}'s status, or 0 when nothing answered within two seconds. */
    int health() {
        return healthAnswer().statusCode();
    }

    /** {@code /health}'s status and body; status 0 and the failure when nothing answered within two seconds. */
    HealthAnswer healthAnswer() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new HealthAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new HealthAnswer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HealthAnswer(0, "interrupted");
        }
    }

    record HealthAnswer(int statusCode, String body) { }

    /** SIGKILL, as a crash or an evicted node would end it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        if (process != null) {
            LocalProcesses.stop(process);
        }
    }

    static int freePort() throws IOException {
        return LocalProcesses.freePort();
    }
}
