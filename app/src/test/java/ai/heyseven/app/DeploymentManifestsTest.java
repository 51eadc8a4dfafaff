package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.http.HttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No engine builds the container here, so the deployment is checked by reading it: the manifests'
 * probes, ports, grace periods and variables agree with {@code docs/configuration.md} and with what
 * {@link Settings} accepts, and the Dockerfile runs a JRE 25 as a non-root user in exec form.
 */
class DeploymentManifestsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new YAMLMapper();
    /** Cloud Run sends SIGKILL this long after SIGTERM. */
    private static final int CLOUD_RUN_KILL_SECONDS = 10;
    /** Closing the backends after the drain; generous. */
    private static final int CLOSING_SECONDS = 1;

    @TempDir
    Path secrets;

    @Test
    void cloudRunDrainsWithinItsTenSecondsAndAgreesWithTheConfiguration() throws IOException {
        JsonNode service = YAML.readTree(ROOT.resolve("deploy/cloud-run.yaml").toFile());
        assertEquals("serving.knative.dev/v1", service.path("apiVersion").asText());
        JsonNode container = service.at("/spec/template/spec/containers/0");
        Settings settings = settings(container);
        int drain = (int) settings.server().drain().toSeconds();
        assertTrue(drain + HttpServer.DRAIN_GRACE.toSeconds() + CLOSING_SECONDS < CLOUD_RUN_KILL_SECONDS,
                "HEYSEVEN_DRAIN_SECONDS=" + drain + " leaves no time before Cloud Run's kill");
        checkProbesAndPorts(container, settings);
    }

    @Test
    void kubernetesGivesTheDrainItsGracePeriodAndAgreesWithTheConfiguration() throws IOException {
        List<JsonNode> documents = documents(ROOT.resolve("deploy/kubernetes/heyseven.yaml"));
        JsonNode deployment = documents.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        JsonNode service = documents.stream().filter(d -> d.path("kind").asText().equals("Service")).findFirst().orElseThrow();
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        Settings settings = settings(container);
        long preStop = container.at("/lifecycle/preStop/sleep/seconds").asLong(0);
        long needed = preStop + settings.server().drain().toSeconds() + HttpServer.DRAIN_GRACE.toSeconds() + CLOSING_SECONDS;
        assertTrue(pod.path("terminationGracePeriodSeconds").asLong() > needed,
                "terminationGracePeriodSeconds must exceed the preStop pause, the drain and its grace: " + needed);
        checkProbesAndPorts(container, settings);
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), "runs as non-root");
        assertEquals(deployment.at("/spec/selector/matchLabels"), service.at("/spec/selector"), "the Service selects the pods");
        assertEquals(container.at("/ports/0/name").asText(), service.at("/spec/ports/0/targetPort").asText());
        JsonNode account = documents.stream().filter(d -> d.path("kind").asText().equals("ServiceAccount")).findFirst().orElseThrow();
        assertEquals(account.at("/metadata/name").asText(), pod.path("serviceAccountName").asText(), "the pods run as its account");
        assertTrue(account.at("/metadata/annotations/iam.gke.io~1gcp-service-account").asText().endsWith(".iam.gserviceaccount.com"),
                "Workload Identity gives the pods a Google identity for Firestore");
    }

    @Test
    void theDockerfileBuildsWithTheWrapperAndRunsAJre25AsNonRootInExecForm() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertEquals(2, stages.size(), "a build stage and a run stage");
        List<String> bases = stages.stream().map(stage -> base(lines, stage.split(" ")[1])).toList();
        assertTrue(bases.get(0).startsWith("eclipse-temurin:25-jdk@") && bases.get(1).startsWith("eclipse-temurin:25-jre@"), bases.toString());
        assertTrue(bases.stream().allMatch(base -> base.matches("\\S+@sha256:[0-9a-f]{64}")), "every base pinned by digest: " + bases);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("RUN ./mvnw ")), "built with the Maven wrapper");
        List<String> run = lines.subList(lines.indexOf(stages.get(1)), lines.size());
        String user = run.stream().filter(line -> line.startsWith("USER ")).findFirst().orElseThrow().substring(5).strip();
        assertFalse(user.equals("root") || user.startsWith("0"), "USER " + user);
        String entry = run.stream().filter(line -> line.startsWith("ENTRYPOINT ")).findFirst().orElseThrow().substring(11);
        List<String> command = List.of(JsonMapper.builder().build().readValue(entry, String[].class));
        assertEquals("java", command.get(0), "exec form: java is the process that gets SIGTERM");
        assertTrue(command.stream().anyMatch(arg -> arg.startsWith("-XX:MaxRAMPercentage")), "the heap follows the container's limit");
        String env = String.join(" ", run.stream().filter(line -> line.startsWith("ENV ") || line.startsWith("HEYSEVEN_")).toList());
        assertTrue(env.contains("HEYSEVEN_HOST=0.0.0.0") && env.contains("HEYSEVEN_PORT=8080"), env);
        assertTrue(run.contains("EXPOSE 8080"));
        assertTrue(run.stream().anyMatch(line -> line.startsWith("COPY ") && line.endsWith("/app/heyseven-sbom.json")),
                "the image carries the build's SBOM beside the jar");
    }

    @Test
    void theSetupScriptCreatesEverySecretTheServiceMountsAndThePipelineReads() throws Exception {
        String setup = Files.readString(ROOT.resolve("deploy/gcp-setup.sh"));
        Set<String> created = new TreeSet<>();
        Matcher secret = Pattern.compile("(?m)^secret (heyseven-[a-z-]+) ").matcher(setup);
        while (secret.find()) {
            created.add(secret.group(1));
        }
        Set<String> needed = new TreeSet<>();
        YAML.readTree(ROOT.resolve("deploy/cloud-run.yaml").toFile()).at("/spec/template/spec/volumes")
                .forEach(volume -> needed.add(volume.at("/secret/secretName").asText()));
        YAML.readTree(ROOT.resolve("deploy/cloudbuild.yaml").toFile()).at("/availableSecrets/secretManager")
                .forEach(version -> needed.add(version.path("versionName").asText().replaceAll(".*/secrets/([^/]+)/.*", "$1")));
        assertEquals(needed, created, "deploy/gcp-setup.sh creates exactly the secrets the service and the pipeline read");
        assertTrue(setup.indexOf("heyseven\" seed") < setup.indexOf("run services replace"), "the property is loaded before the first check");
        Process syntax = new ProcessBuilder("bash", "-n", ROOT.resolve("deploy/gcp-setup.sh").toString()).redirectErrorStream(true).start();
        assertEquals(0, syntax.waitFor(), new String(syntax.getInputStream().readAllBytes()));
    }

    /** The image a {@code FROM} names: itself, or the default of the build argument it names ({@code ${RUN_IMAGE}}). */
    private static String base(List<String> dockerfile, String from) {
        if (!from.startsWith("${")) {
            return from;
        }
        String argument = "ARG " + from.substring(2, from.length() - 1) + "=";
        return dockerfile.stream().filter(line -> line.startsWith(argument)).findFirst().orElseThrow(() -> new AssertionError(argument))
                .substring(argument.length());
    }

    @Test
    void everyVariableTheCodeReadsIsDocumentedAndEveryDocumentedOneIsRead() throws IOException {
        String code = Files.readString(ROOT.resolve("app/src/main/java/ai/heyseven/app/Settings.java"));
        Set<String> read = new HashSet<>();
        Matcher plain = Pattern.compile("env\\.\\w+\\(\"([A-Z][A-Z0-9_]+)\"").matcher(code);
        while (plain.find()) {
            read.add(plain.group(1));
        }
        Matcher secret = Pattern.compile("Secret\\.read\\(env, \"([A-Z][A-Z0-9_]+)\"\\)").matcher(code);
        while (secret.find()) {
            read.add(secret.group(1));
            read.add(secret.group(1) + "_FILE");
        }
        // OpenTelemetry's own, read by its SDK (app/telemetry/Tracing)
        read.addAll(Set.of("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"));
        assertTrue(read.size() > 40, read.toString());
        Set<String> documented = documentedVariables();
        Set<String> undocumented = new HashSet<>(read);
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "read by Settings, missing from docs/configuration.md");
        Set<String> stale = new HashSet<>(documented);
        stale.removeAll(read);
        assertEquals(Set.of(), stale, "in docs/configuration.md, never read");
    }

    private static void checkProbesAndPorts(JsonNode container, Settings settings) {
        assertEquals(Settings.Profile.PROD, settings.profile());
        assertEquals("0.0.0.0", settings.server().host());
        assertTrue(settings.server().trustProxy(), "behind the platform's proxy, X-Forwarded-For names the client");
        assertEquals("json", settings.operations().logFormat());
        assertEquals(container.at("/ports/0/containerPort").asInt(), settings.server().port());
        assertEquals("/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/health", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/health", container.at("/startupProbe/httpGet/path").asText());
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            JsonNode port = container.at("/" + probe + "/httpGet/port");
            assertTrue(port.asInt() == settings.server().port() || port.asText().equals(container.at("/ports/0/name").asText()), probe);
        }
    }

    /**
     * The container's environment as {@link Settings} reads it: every variable documented, secrets
     * from the platform's store (files, or a secret reference) given stand-in values.
     */
    private Settings settings(JsonNode container) throws IOException {
        Set<String> documented = documentedVariables();
        Map<String, String> env = new HashMap<>();
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            assertTrue(documented.contains(name), name + " is set in a manifest but not in docs/configuration.md");
            if (variable.has("valueFrom")) {
                assertTrue(variable.has("valueFrom") && variable.path("valueFrom").has("secretKeyRef"), name);
                env.put(name, standIn(name));
            } else if (name.endsWith("_FILE")) {
                Path file = secrets.resolve(name);
                Files.writeString(file, standIn(name.substring(0, name.length() - "_FILE".length())));
                env.put(name, file.toString());
            } else {
                env.put(name, variable.path("value").asText());
            }
        }
        return Settings.from(env);
    }

    private static String standIn(String secret) {
        return switch (secret) {
            case "REDIS_URL" -> "redis://10.0.0.3:6379";
            case "TELNYX_PUBLIC_KEY" -> Base64.getEncoder().encodeToString(new byte[32]);
            case "HEYSEVEN_API_KEYS" -> "a-long-operator-key,another-key@aurora-palms";
            default -> "stand-in-secret-value";
        };
    }

    /** The variables docs/configuration.md lists: the backticked names in its tables' first column. */
    static Set<String> documentedVariables() throws IOException {
        Set<String> names = new HashSet<>();
        Pattern row = Pattern.compile("^\\|([^|]*)\\|");
        Pattern name = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
        for (String line : Files.readAllLines(ROOT.resolve("docs/configuration.md"))) {
            Matcher cell = row.matcher(line);
            if (cell.find()) {
                Matcher each = name.matcher(cell.group(1));
                while (each.find()) {
                    names.add(each.group(1));
                }
            }
        }
        return names;
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        return documents;
    }
}
