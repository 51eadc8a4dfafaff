package ai.heyseven.benchmarks.faults;

import ai.heyseven.adapter.firestore.FirestoreEmulator;
import ai.heyseven.adapter.redis.RedisServerProcess;
import ai.heyseven.benchmarks.load.PacedGemini;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run starts, all on loopback: a real {@code redis-server} (durable: it writes each
 * acknowledged write before replying, as a production Redis with persistence does, so a kill and
 * restart loses nothing the server was told was stored), optionally Google's Firestore emulator,
 * the paced Gemini stub (a short answer, so turns come quickly) and the servers. Everything is
 * stopped on {@link #close}, also when the run fails or is interrupted (a shutdown hook).
 */
final class Stack implements AutoCloseable {
    static final String KEY = "harness-key-1";
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    final RedisServerProcess redis;
    final FirestoreEmulator firestore;
    final PacedGemini model;
    final List<ServerProcess> servers = new ArrayList<>();
    final Path logs;
    private final Thread hook = new Thread(this::stopQuietly, "stack-stop");

    private Stack(RedisServerProcess redis, FirestoreEmulator firestore, PacedGemini model, Path logs) {
        this.redis = redis;
        this.firestore = firestore;
        this.model = model;
        this.logs = logs;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Redis, the stub, optionally the Firestore emulator, and {@code instances} servers sharing them. */
    static Stack start(int instances, boolean withFirestore, Path logs) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Stack stack = new Stack(RedisServerProcess.startDurable(), withFirestore ? FirestoreEmulator.start() : null,
                PacedGemini.start(0, 300, 100, 8, 40), logs);
        try {
            for (int i = 0; i < instances; i++) {
                ServerProcess server = new ServerProcess(Character.toString('a' + i), stack.environment(), List.of("-Xmx512m"), logs);
                stack.servers.add(server);
                stack.startPatiently(server);
            }
        } catch (RuntimeException | IOException | InterruptedException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** The servers' environment: the backends above, the stub as Gemini, one API key, a rate limit that never bites. */
    Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(Map.of("REDIS_URL", redis.url(), "HEYSEVEN_API_KEYS", KEY,
                "GEMINI_API_KEY", "fault-harness", "GEMINI_BASE_URL", "http://127.0.0.1:" + model.port() + "/v1beta",
                "HEYSEVEN_RATE_LIMIT_PER_MINUTE", "100000"));
        if (firestore != null) {
            environment.put("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT);
            environment.put("FIRESTORE_EMULATOR_HOST", firestore.host());
        }
        return environment;
    }

    /** Starts a server again (same name, port and environment) after it was killed. */
    void restart(ServerProcess server) throws IOException, InterruptedException {
        server.start(READY_WITHIN);
    }

    /**
     * Starts a server, trying three times: on this loaded machine a cold emulator's first answers
     * can miss the start-up probe's deadline (3 s), and the server then refuses to start (said in
     * its log).
     */
    private void startPatiently(ServerProcess server) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                server.start(READY_WITHIN);
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.err.println("retrying: " + e.getMessage());
            }
        }
    }

    /**
     * Writes the sample casinos into a restarted (empty) emulator, the way {@code dev} does at
     * start-up: by starting one more server against it and stopping it once ready.
     */
    void reseedFirestore() throws IOException, InterruptedException {
        try (ServerProcess seeder = new ServerProcess("seeder", environment(), List.of("-Xmx512m"), logs)) {
            startPatiently(seeder);
        }
    }

    List<String> urls() {
        return servers.stream().map(ServerProcess::url).toList();
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it stops the same things
        }
    }

    private synchronized void stopQuietly() {
        servers.forEach(ServerProcess::close);
        model.stop();
        if (firestore != null) {
            firestore.close();
        }
        redis.close();
    }
}
