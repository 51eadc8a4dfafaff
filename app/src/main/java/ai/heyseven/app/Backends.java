package ai.heyseven.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which backends a profile may run with. {@code prod} needs every state backend configured
 * and never falls back to memory; {@code dev} uses a configured backend and the local one otherwise.
 * Whatever the profile, SMS on instances that share Redis needs Firestore: they share the SMS queue,
 * so any of them answers any text, and each must see every other's STOP.
 */
final class Backends {
    private Backends() {
    }

    static void check(Settings settings) {
        requireSharedConsentForAnSmsFleet(settings);
        if (settings.profile() == Settings.Profile.PROD) {
            List<String> missing = new ArrayList<>();
            if (!settings.access().apiKeys().isPresent()) {
                missing.add("HEYSEVEN_API_KEYS (or HEYSEVEN_API_KEYS_FILE)");
            }
            if (!settings.state().redisUrl().isPresent()) {
                missing.add("REDIS_URL (or REDIS_URL_FILE)");
            }
            addIfMissing(missing, settings.durable().firestoreProjectId(), "FIRESTORE_PROJECT_ID");
            if (!settings.model().geminiConfigured()) {
                missing.add("GEMINI_API_KEY (or GEMINI_API_KEY_FILE)");
            }
            if (!missing.isEmpty()) {
                throw new ConfigurationException("the prod profile refuses to start: " + String.join(", ", missing)
                        + " must be set (prod never keeps state in memory or uses the offline model)");
            }
        }
    }

    /**
     * Instances pointed at one Redis share the SMS queue: a STOP taken by one worker and the guest's
     * next text taken by another. Without Firestore the consent ledger is in each process's memory,
     * so the other would answer a guest who opted out. Refused rather than moved to Redis: the
     * ledger is evidence kept for years, and Redis holds the fleet's short-lived state.
     */
    private static void requireSharedConsentForAnSmsFleet(Settings settings) {
        if (settings.sms().configured() && settings.state().redisUrl().isPresent() && settings.durable().firestoreProjectId().isEmpty()) {
            throw new ConfigurationException("SMS (TELNYX_PUBLIC_KEY, TELNYX_API_KEY) with REDIS_URL needs FIRESTORE_PROJECT_ID: "
                    + "instances sharing Redis share the texts, so they must share the consent ledger too (a STOP taken by one "
                    + "holds on all). Set FIRESTORE_PROJECT_ID (with FIRESTORE_EMULATOR_HOST for an emulator), or unset REDIS_URL "
                    + "for a single dev instance, or unset the Telnyx keys to turn SMS off");
        }
    }

    private static void addIfMissing(List<String> missing, Optional<?> value, String name) {
        if (value.isEmpty()) {
            missing.add(name);
        }
    }
}
