package ai.heyseven.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which backends a profile may run with. {@code prod} needs every state backend configured
 * and never falls back to memory; {@code dev} uses a configured backend and the local one otherwise.
 */
final class Backends {
    private Backends() {
    }

    static void check(Settings settings) {
        if (settings.profile() == Settings.Profile.PROD) {
            List<String> missing = new ArrayList<>();
            if (!settings.apiKeys().isPresent()) {
                missing.add("HEYSEVEN_API_KEYS (or HEYSEVEN_API_KEYS_FILE)");
            }
            if (!settings.redisUrl().isPresent()) {
                missing.add("REDIS_URL (or REDIS_URL_FILE)");
            }
            addIfMissing(missing, settings.firestoreProjectId(), "FIRESTORE_PROJECT_ID");
            if (!settings.geminiConfigured()) {
                missing.add("GEMINI_API_KEY (or GEMINI_API_KEY_FILE)");
            }
            if (!missing.isEmpty()) {
                throw new ConfigurationException("the prod profile refuses to start: " + String.join(", ", missing)
                        + " must be set (prod never keeps state in memory or uses the offline model)");
            }
        }
    }

    private static void addIfMissing(List<String> missing, Optional<?> value, String name) {
        if (value.isEmpty()) {
            missing.add(name);
        }
    }
}
