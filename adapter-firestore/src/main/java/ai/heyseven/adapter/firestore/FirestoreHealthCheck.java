package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Firestore's readiness: one small read within the call deadline. Required: profiles, consent and
 * knowledge live there. Invalid casino configurations are named in the detail.
 */
final class FirestoreHealthCheck implements HealthCheck {
    private final FirestoreConnection connection;
    private final FirestoreCasinoConfigs configs;

    FirestoreHealthCheck(FirestoreConnection connection, FirestoreCasinoConfigs configs) {
        this.connection = connection;
        this.configs = configs;
    }

    @Override
    public String name() {
        return "firestore";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public HealthStatus check() {
        try {
            connection.ping();
        } catch (RuntimeException e) {
            return HealthStatus.down(e.getMessage());
        }
        Map<String, String> problems = configs.problems();
        return HealthStatus.up(connection.settings().describe() + (problems.isEmpty() ? ""
                : "; invalid configuration kept at its last good version: " + problems.entrySet().stream()
                        .map(problem -> problem.getKey() + " (" + problem.getValue() + ")").collect(Collectors.joining(", "))));
    }
}
