package ai.heyseven.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A secret given in the environment ({@code NAME}) or in a mounted file ({@code NAME_FILE}, the
 * platform's secret store; it wins, and is re-read so the secret rotates without a restart). Its
 * value never reaches a log or {@code toString}.
 */
record Secret(String variable, Optional<String> value, Optional<Path> file) {

    static Secret read(Env env, String variable) {
        return new Secret(variable, env.text(variable), env.readableFile(variable + "_FILE"));
    }

    boolean isPresent() {
        return value.isPresent() || file.isPresent();
    }

    /** The variable it comes from: {@code NAME_FILE} or {@code NAME}. */
    String source() {
        return file.isPresent() ? variable + "_FILE" : variable;
    }

    /**
     * The secret now.
     *
     * @throws ConfigurationException naming the variable when its file cannot be read or is empty
     * @throws java.util.NoSuchElementException when it is not set
     */
    String current() {
        return file.map(path -> KeyRotation.read(path, variable + "_FILE")).orElseGet(value::orElseThrow);
    }

    /**
     * Re-reads the file every {@code every} and hands a secret that differs from {@code inUse} to
     * {@code onChange}; nothing to watch (closing it does nothing) when the secret is not in a file.
     */
    AutoCloseable watch(String inUse, Duration every, Consumer<String> onChange) {
        return file.<AutoCloseable>map(path -> KeyRotation.watch(path, inUse, every, variable, onChange)).orElse(() -> { });
    }

    @Override
    public String toString() {
        return "Secret[" + source() + "]";
    }
}
