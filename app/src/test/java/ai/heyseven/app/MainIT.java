package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts the launcher as its own process, as an operator would. */
class MainIT {

    private static Process launch(Map<String, String> env) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HEYSEVEN_") || name.startsWith("REDIS") || name.startsWith("GEMINI"));
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void aBadSettingStopsTheStartWithOneLineNamingItAndStatusTwo() throws Exception {
        Process process = launch(Map.of("HEYSEVEN_PORT", "eighty"));
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(2, process.exitValue());
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.contains("HEYSEVEN_PORT"), output);
    }

    @Test
    void prodWithoutBackendsRefusesToStartNamingThem() throws Exception {
        Process process = launch(Map.of("HEYSEVEN_PROFILE", "prod"));
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue());
        assertTrue(output.contains("REDIS_URL") && output.contains("FIRESTORE_PROJECT_ID"), output);
    }
}
