package ai.heyseven.benchmarks.cpu;

import ai.heyseven.benchmarks.LocalProcesses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JVM of its own on a loopback port (the server, or the Gemini-protocol stub), with only the
 * environment given of ours ({@code HEYSEVEN_*}, {@code GEMINI_*}, ... of the caller are dropped),
 * its output in a log file, and stopped when the benchmark ends however it ends.
 */
final class Child implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private Child(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-" + name));
    }

    static Child start(String name, List<String> javaArguments, Map<String, String> environment, Path logDirectory) throws IOException {
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("HEYSEVEN_") || key.startsWith("REDIS") || key.startsWith("GEMINI")
                || key.startsWith("TELNYX") || key.startsWith("FIRESTORE") || key.startsWith("OTEL") || key.startsWith("JAVA_TOOL"));
        builder.environment().putAll(environment);
        return new Child(name, builder.start(), log);
    }

    /** Waits until something accepts connections on {@code port}; fails when the process ends first or {@code within} passes. */
    Child awaitListening(int port, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start (status " + process.exitValue() + "); see " + log);
            }
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                if (probe.isConnected()) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not listen on " + port + " within " + within + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** SIGTERM (the server drains and a flight recording is written), SIGKILL after 30 s. */
    @Override
    public void close() {
        LocalProcesses.stop(process);
    }

    static int freePort() throws IOException {
        return LocalProcesses.freePort();
    }
}
