package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.firestore.FirestoreEmulator;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ./heyseven seed}'s main class from the built jar, against Google's Firestore emulator: how a new prod project gets its property. */
class SeedPropertiesIT {
    private static FirestoreEmulator firestore;
    private static Firestore db;

    @BeforeAll
    static void start() throws Exception {
        firestore = FirestoreEmulator.start();
        db = FirestoreOptions.newBuilder().setProjectId(FirestoreEmulator.PROJECT).setEmulatorHost(firestore.host()).build().getService();
    }

    @AfterAll
    static void stop() throws Exception {
        HttpFixture.closeAll(db, firestore);
    }

    @Test
    void writesTheCasinosFirestoreLacksOnceAndNamesAMissingProject() throws Exception {
        Map<String, String> environment = Map.of("FIRESTORE_PROJECT_ID", FirestoreEmulator.PROJECT, "FIRESTORE_EMULATOR_HOST", firestore.host());
        Run first = seed(environment);
        assertEquals(0, first.status(), first.output());
        assertTrue(first.output().contains("wrote ") && first.output().contains("aurora-palms"), first.output());
        assertTrue(db.collection("casinos").document("aurora-palms").get().get(5, TimeUnit.SECONDS).exists());
        int items = db.collection("casinos").document("aurora-palms").collection("items").get().get(5, TimeUnit.SECONDS).size();
        assertTrue(items > 10, "the sample property's items: " + items);

        Run again = seed(environment);
        assertEquals(0, again.status(), again.output());
        assertTrue(again.output().contains("has every casino"), again.output());

        Run unnamed = seed(Map.of());
        assertEquals(2, unnamed.status(), unnamed.output());
        assertTrue(unnamed.output().contains("FIRESTORE_PROJECT_ID"), unnamed.output());
    }

    private static Run seed(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                Path.of("target", "heyseven.jar").toAbsolutePath().toString(), SeedProperties.class.getName())).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HEYSEVEN_") || name.startsWith("FIRESTORE"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }

    private record Run(int status, String output) { }
}
