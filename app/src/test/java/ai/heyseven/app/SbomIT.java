package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The build writes a CycloneDX SBOM beside the jar, and it names every library the jar ships. */
@DisplayName("The server's SBOM")
class SbomIT {
    private static final Path TARGET = Path.of("target");

    @Test
    void namesEveryLibraryTheJarShips() throws IOException {
        JsonNode sbom = new ObjectMapper().readTree(TARGET.resolve("heyseven-sbom.json").toFile());
        assertEquals("CycloneDX", sbom.path("bomFormat").asText());
        assertEquals("app", sbom.at("/metadata/component/name").asText());
        Set<String> listed = new HashSet<>();
        sbom.path("components").forEach(component -> listed.add(component.path("group").asText() + ":" + component.path("name").asText()));

        Set<String> shipped = new TreeSet<>();
        try (JarFile jar = new JarFile(TARGET.resolve("heyseven.jar").toFile())) {
            jar.stream().map(entry -> entry.getName().split("/"))
                    .filter(parts -> parts.length == 5 && parts[0].equals("META-INF") && parts[1].equals("maven")
                            && parts[4].equals("pom.properties"))
                    .map(parts -> parts[2] + ":" + parts[3])
                    .filter(library -> !library.equals("ai.heyseven:app"))
                    .forEach(shipped::add);
        }
        assertTrue(shipped.size() > 50, "the jar's libraries were found: " + shipped.size());
        shipped.removeAll(listed);
        assertTrue(shipped.isEmpty(), "shipped but not in the SBOM: " + shipped);
    }
}
