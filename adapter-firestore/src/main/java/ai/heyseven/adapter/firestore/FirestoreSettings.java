package ai.heyseven.adapter.firestore;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Firestore is and how long a call may take.
 *
 * @param database {@code (default)} unless the project has a named database
 * @param emulatorHost {@code host:port} of an emulator, or empty for Google Cloud (ambient credentials)
 * @param callTimeout the deadline of every call, transactions included
 * @param configRefresh how often a cached casino configuration is re-read (a change reaches every instance within it)
 */
public record FirestoreSettings(String projectId, String database, Optional<String> emulatorHost, Duration callTimeout,
        Duration configRefresh) {

    public FirestoreSettings {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(emulatorHost, "emulatorHost");
        if (callTimeout.isNegative() || callTimeout.isZero() || configRefresh.isNegative() || configRefresh.isZero()) {
            throw new IllegalArgumentException("callTimeout and configRefresh must be positive");
        }
    }

    /** What the log and {@code /health} show: project, database and emulator, never a credential. */
    public String describe() {
        return "project " + projectId + ", database " + database + emulatorHost.map(host -> ", emulator at " + host).orElse("");
    }
}
