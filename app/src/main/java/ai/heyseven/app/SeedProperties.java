package ai.heyseven.app;

import ai.heyseven.adapter.firestore.FirestoreBackend;
import ai.heyseven.adapter.firestore.FirestoreSettings;
import ai.heyseven.adapter.local.PropertyFiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./heyseven seed}: writes into Firestore ({@code FIRESTORE_PROJECT_ID}) each casino of the
 * property files ({@code HEYSEVEN_PROPERTIES_DIR}, else the bundled samples) that it lacks — its
 * configuration and its items — and prints what it wrote. A casino Firestore has is left as it is,
 * so running it twice writes nothing the second time. This is how a new {@code prod} project gets
 * its first property (the server itself never seeds in {@code prod}); later changes go through the
 * CMS webhook or the desk's admin view. Exit status 0 when done, 2 for a bad setting, 1 when
 * Firestore fails.
 */
public final class SeedProperties {
    private static final Duration NO_REFRESH = Duration.ofMinutes(1);

    private SeedProperties() {
    }

    public static void main(String[] args) {
        try {
            List<String> seeded = seed(System.getenv());
            System.out.println(seeded.isEmpty() ? "seed: Firestore has every casino of the property files already"
                    : "seed: wrote " + String.join(", ", seeded) + " (configuration and items)");
        } catch (ConfigurationException e) {
            System.err.println("seed: configuration error: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("seed: FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Seeds what Firestore lacks; the ids of the casinos it wrote. */
    static List<String> seed(Map<String, String> environment) {
        Settings settings = Settings.from(environment);
        Settings.Durable durable = settings.durable();
        String project = durable.firestoreProjectId()
                .orElseThrow(() -> new ConfigurationException("FIRESTORE_PROJECT_ID must name the project to seed"));
        PropertyFiles properties = durable.propertiesDir().map(PropertyFiles::fromDirectory).orElseGet(PropertyFiles::bundled);
        FirestoreSettings firestore = new FirestoreSettings(project, durable.firestoreDatabase(), durable.firestoreEmulatorHost(),
                durable.firestoreTimeout(), durable.configRefresh());
        try (FirestoreBackend backend = FirestoreBackend.open(firestore, NO_REFRESH)) {
            backend.ping();
            return backend.seedMissing(properties.all(), properties::items);
        }
    }
}
