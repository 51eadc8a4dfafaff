package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code deploy/cloudbuild.yaml} tests before it builds, ships only a tested image, and never sends traffic unchecked. */
class PipelineTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void testsThenBuildsPushesDeploysWithoutTrafficAndRollsOutThroughTheScript() throws IOException {
        JsonNode pipeline = new YAMLMapper().readTree(ROOT.resolve("deploy/cloudbuild.yaml").toFile());
        List<String> ids = new ArrayList<>();
        pipeline.path("steps").forEach(step -> ids.add(step.path("id").asText()));
        assertEquals(List.of("ci-image", "test", "image", "push", "previous-revision", "deploy-no-traffic", "rollout"), ids,
                "steps run in order (none says waitFor), so a failed test stops the build before an image exists");
        pipeline.path("steps").forEach(step -> assertTrue(step.path("waitFor").isMissingNode(), step.toString()));

        JsonNode test = step(pipeline, "test");
        assertEquals("./heyseven", test.path("entrypoint").asText());
        assertEquals("test", test.at("/args/0").asText(), "the README's test command, SBOM and coverage gate included");

        String image = String.join(" ", args(step(pipeline, "image")));
        assertTrue(image.startsWith("build --build-arg COMMIT=$SHORT_SHA "), image);
        String deploy = String.join(" ", args(step(pipeline, "deploy-no-traffic")));
        assertTrue(deploy.contains("--no-traffic") && deploy.contains("--tag c-$SHORT_SHA"), deploy);
        assertTrue(deploy.contains(image.substring(image.indexOf("-t ") + 3, image.lastIndexOf(' '))), "deploys the image it built");
        String rollout = String.join(" ", args(step(pipeline, "rollout")));
        assertTrue(rollout.contains("deploy/rollout.sh ${_SERVICE} ${_REGION} $SHORT_SHA"), rollout);
        assertTrue(Files.isExecutable(ROOT.resolve("deploy/rollout.sh")) && Files.isExecutable(ROOT.resolve("deploy/smoke.sh")));

        List<String> kept = new ArrayList<>();
        pipeline.at("/artifacts/objects/paths").forEach(path -> kept.add(path.asText()));
        assertTrue(kept.contains("app/target/heyseven-sbom.json"), "the build's SBOM is kept with the build: " + kept);
        String ciImage = Files.readString(ROOT.resolve("deploy/ci.Dockerfile"));
        assertTrue(ciImage.lines().filter(line -> line.startsWith("FROM ") || line.startsWith("COPY --from="))
                .allMatch(line -> line.matches("\\S+ \\S+@sha256:[0-9a-f]{64}.*")), "the test machine's bases are pinned by digest");
    }

    private static JsonNode step(JsonNode pipeline, String id) {
        for (JsonNode step : pipeline.path("steps")) {
            if (step.path("id").asText().equals(id)) {
                return step;
            }
        }
        throw new AssertionError("no step " + id);
    }

    private static List<String> args(JsonNode step) {
        List<String> args = new ArrayList<>();
        step.path("args").forEach(arg -> args.add(arg.asText()));
        return args;
    }
}
