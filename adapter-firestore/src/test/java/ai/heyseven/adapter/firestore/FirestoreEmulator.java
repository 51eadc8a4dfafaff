package ai.heyseven.adapter.firestore;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Google's own Cloud Firestore emulator (Debian package {@code google-cloud-cli-firestore-emulator})
 * on a free loopback port, for tests and benchmarks: started, killed, restarted on the same port,
 * cleared, stopped. Tests that need it are never skipped: when the package is missing,
 * {@link #start} fails and says so.
 */
public final class FirestoreEmulator implements AutoCloseable {
    public static final String PROJECT = "demo-heyseven";
    private static final Path PACKAGED_JAR = Path.of("/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar");
    private static final long READY_TIMEOUT_MILLIS = 30_000;
    private static final String READY = "Dev App Server is now running.";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final Path log;
    private final int port;
    private Process process;

    private FirestoreEmulator(Path jar, Path log, int port) {
        this.jar = jar;
        this.log = log;
        this.port = port;
    }

    public static FirestoreEmulator start() {
        Path jar = findJar();
        try {
            FirestoreEmulator emulator = new FirestoreEmulator(jar, Files.createTempFile("heyseven-firestore-", ".log"), freePort());
            emulator.startProcess();
            return emulator;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the Firestore emulator's log file", e);
        }
    }

    /** {@code 127.0.0.1:<port>}, as {@code FIRESTORE_EMULATOR_HOST} takes it. */
    public String host() {
        return "127.0.0.1:" + port;
    }

    /** Settings for a client of this emulator. */
    public FirestoreSettings settings() {
        return new FirestoreSettings(PROJECT, "(default)", Optional.of(host()), Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    /** Deletes every document of the project. */
    public void clear() {
        send(HttpRequest.newBuilder(URI.create("http://" + host() + "/emulator/v1/projects/" + PROJECT + "/databases/(default)/documents"))
                .DELETE());
    }

    /** Kills the emulator at once, as a crash or a network cut would look to a client. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Starts the emulator again on the same port (its data is gone: it keeps nothing on disk). */
    public void restart() {
        if (process.isAlive()) {
            kill();
        }
        startProcess();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a leftover log file is harmless
        }
    }

    private void startProcess() {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Files.writeString(log, "");
            process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", jar.toString(),
                    "com.google.cloud.datastore.emulator.firestore.CloudFirestore", "start", "--host=127.0.0.1", "--port=" + port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Firestore emulator from " + jar, e);
        }
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Firestore emulator exited at start; its log: " + read(log));
            }
            if (read(log).contains(READY)) {
                warmUp();
                return;
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the Firestore emulator was not ready within " + READY_TIMEOUT_MILLIS + " ms; its log: " + read(log));
    }

    /**
     * Writes, reads and deletes a document a few times over REST before a test's first call: a
     * fresh emulator's first requests run its code cold, and on a busy machine they outlast the
     * short call deadlines that the outage tests set on purpose.
     */
    private void warmUp() {
        String documents = "http://" + host() + "/v1/projects/" + PROJECT + "/databases/(default)/documents/warm-up";
        for (int round = 0; round < 3; round++) {
            send(HttpRequest.newBuilder(URI.create(documents + "?documentId=d" + round))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"fields\":{\"n\":{\"integerValue\":\"" + round + "\"}}}")));
            send(HttpRequest.newBuilder(URI.create(documents + "/d" + round)).GET());
            send(HttpRequest.newBuilder(URI.create(documents + "/d" + round)).DELETE());
        }
    }

    private static void send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the Firestore emulator answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the Firestore emulator", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted talking to the Firestore emulator", e);
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the Firestore emulator did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path findJar() {
        String configured = System.getenv("FIRESTORE_EMULATOR_JAR");
        if (configured != null && Files.isReadable(Path.of(configured))) {
            return Path.of(configured);
        }
        if (Files.isReadable(PACKAGED_JAR)) {
            return PACKAGED_JAR;
        }
        throw new IllegalStateException("Google's Firestore emulator is not installed (" + PACKAGED_JAR + " is missing), and the "
                + "tests that need a real Firestore are never skipped: install the Debian package "
                + "google-cloud-cli-firestore-emulator (dpkg -L lists its jar) or point FIRESTORE_EMULATOR_JAR at the jar");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
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
