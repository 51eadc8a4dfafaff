package ai.heyseven.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads a mounted secret file on an interval and hands a changed value to {@code onChange} on
 * this background thread — so the new client is built (and the new key checked) here, while
 * requests keep using the old one; a refused key is logged and tried again at the next change.
 * A file that cannot be read keeps the current secret and says so in the log (never the secret).
 */
final class KeyRotation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);

    private final Path file;
    private final String variable;
    private final Consumer<String> onChange;
    private final ScheduledExecutorService timer;
    private String current;

    private KeyRotation(Path file, String current, String variable, Consumer<String> onChange, Duration every) {
        this.file = file;
        this.variable = variable;
        this.current = current;
        this.onChange = onChange;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("secret-refresh").factory());
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The secret in {@code file} now, or a configuration error naming {@code variable}. */
    static String read(Path file, String variable) {
        try {
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new ConfigurationException(variable + " names an empty file: " + file);
            }
            return secret;
        } catch (IOException e) {
            throw new ConfigurationException(variable + " cannot be read: " + e.getMessage());
        }
    }

    /** Watches {@code file}, the secret {@code variable} ({@code GEMINI_API_KEY}, …) names in its log lines. */
    static KeyRotation watch(Path file, String current, Duration every, String variable, Consumer<String> onChange) {
        return new KeyRotation(file, current, variable, onChange, every);
    }

    private void check() {
        String secret;
        try {
            secret = read(file, "the secret file");
        } catch (ConfigurationException e) {
            LOG.warn("{} ({}); keeping the current one", e.getMessage(), variable);
            return;
        }
        if (secret.equals(current)) {
            return;
        }
        try {
            onChange.accept(secret);
            current = secret;
            LOG.info("{} changed in {}: the new one is in use", variable, file);
        } catch (RuntimeException e) {
            LOG.warn("the new {} in {} could not be used, keeping the current one: {}", variable, file, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
