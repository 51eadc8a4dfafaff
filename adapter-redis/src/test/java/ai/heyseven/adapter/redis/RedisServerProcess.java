package ai.heyseven.adapter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} process on a free loopback port, for tests: started, killed,
 * restarted on the same port, stopped. Tests that need Redis are never skipped: when the binary is
 * missing, {@link #start} fails and says how to install it.
 */
public final class RedisServerProcess implements AutoCloseable {
    private static final long READY_TIMEOUT_MILLIS = 10_000;

    private final Path binary;
    private final Path directory;
    private final int port;
    private final boolean durable;
    private Process process;

    private RedisServerProcess(Path binary, Path directory, int port, boolean durable) {
        this.binary = binary;
        this.directory = directory;
        this.port = port;
        this.durable = durable;
    }

    /** A throwaway server: nothing written to disk. */
    public static RedisServerProcess start() {
        return launch(false);
    }

    /**
     * A server that writes every acknowledged write to its append-only file before replying
     * ({@code appendfsync always}), so a kill and restart loses nothing it acknowledged.
     */
    public static RedisServerProcess startDurable() {
        return launch(true);
    }

    private static RedisServerProcess launch(boolean durable) {
        Path binary = findBinary();
        try {
            Path directory = Files.createTempDirectory("heyseven-redis-");
            RedisServerProcess server = new RedisServerProcess(binary, directory, freePort(), durable);
            server.startProcess();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a directory for redis-server", e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Kills the server at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Starts the server again on the same port, with the same data directory. */
    public void restart() {
        if (process.isAlive()) {
            kill();
        }
        startProcess();
    }

    /** Deletes every key. */
    public void flushAll() {
        command("FLUSHALL");
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless; the server itself is stopped
        }
    }

    private void startProcess() {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", directory.toString(), "--save", "", "--daemonize", "no"));
        command.addAll(durable
                ? List.of("--appendonly", "yes", "--appendfsync", "always")
                : List.of("--appendonly", "no"));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("redis.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + binary, e);
        }
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start; see " + directory.resolve("redis.log"));
            }
            try {
                if ("+PONG".equals(command("PING"))) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                sleep(20);
            }
        }
        throw new IllegalStateException("redis-server did not answer PING within " + READY_TIMEOUT_MILLIS + " ms");
    }

    /**
     * Sends {@code command} inline (words split at spaces) as the default user, on a connection of
     * its own, and returns the first line of the reply ({@code +OK}, {@code :2}, {@code -ERR …}):
     * for a test to manage users ({@code ACL SETUSER …}) or drop clients ({@code CLIENT KILL …}).
     */
    public String command(String command) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException e) {
            throw new IllegalStateException("redis-server on port " + port + " did not answer " + command, e);
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path findBinary() {
        String configured = System.getenv("REDIS_SERVER");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (String fixed : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(fixed))) {
                return Path.of(fixed);
            }
        }
        throw new IllegalStateException("redis-server is not installed, and the tests that need a real Redis are never "
                + "skipped: install it (apt-get install redis-server; .ci/run does) or point REDIS_SERVER at the binary");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
