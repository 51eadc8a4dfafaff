package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.gemini.FakeGemini;
import ai.heyseven.adapter.redis.RedisServerProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/alerts.yaml}, the Grafana dashboard and the PromQL of {@code docs/slo.md} name only metrics the server
 * really emits: scraped from an instance with Gemini (a local fake) and Redis, after a few chats.
 */
class AlertRulesIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern METRIC = Pattern.compile("\\b((?:heyseven|jvm|process)_[a-z0-9_]+)\\b");

    @Test
    void everyMetricTheAlertsAndObjectivesNameIsEmitted() throws Exception {
        Set<String> named = new TreeSet<>();
        JsonNode rules = new YAMLMapper().readTree(ROOT.resolve("deploy/alerts.yaml").toFile());
        int alerts = 0;
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                assertFalse(rule.path("alert").asText().isEmpty() || rule.path("expr").asText().isEmpty(), rule.toString());
                assertTrue(rule.at("/annotations/runbook").asText().startsWith("docs/runbook.md#"), rule.toString());
                named.addAll(metrics(rule.path("expr").asText()));
                alerts++;
            }
        }
        assertTrue(alerts >= 4, "an alert for each objective and its main causes");
        JsonNode dashboard = new ObjectMapper().readTree(ROOT.resolve("deploy/grafana-dashboard.json").toFile());
        int panels = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                assertFalse(target.path("expr").asText().isEmpty(), panel.toString());
                named.addAll(metrics(target.path("expr").asText()));
                panels++;
            }
        }
        assertTrue(panels >= 12, "the dashboard shows the objectives, quality, the model, load and backends");
        String slo = Files.readString(ROOT.resolve("docs/slo.md"));
        Matcher block = Pattern.compile("```promql\\n(.*?)```", Pattern.DOTALL).matcher(slo);
        while (block.find()) {
            named.addAll(metrics(block.group(1)));
        }

        try (RedisServerProcess redis = RedisServerProcess.start(); FakeGemini gemini = new FakeGemini();
                HttpFixture http = new HttpFixture(Map.of("REDIS_URL", redis.url(), "GEMINI_API_KEY", "test-gemini-key",
                        "GEMINI_BASE_URL", gemini.baseUrl().toString(), "GEMINI_MODEL", "gemini-test",
                        "HEYSEVEN_MODEL_PRICES", "gemini-test=0.30/2.50/0.03"))) {
            assertEquals(200, http.chat("{\"casino_id\":\"aurora-palms\",\"message\":\"Where can I get sushi?\"}",
                    "text/event-stream").statusCode());
            PrometheusText metrics = PrometheusText.parse(http.get("/metrics").body());
            Set<String> emitted = new HashSet<>();
            metrics.samples().keySet().forEach(series -> emitted.add(series.replaceAll("\\{.*", "")));
            Set<String> missing = new TreeSet<>(named);
            missing.removeAll(emitted);
            assertEquals(Set.of(), missing, "named by deploy/alerts.yaml, deploy/grafana-dashboard.json or docs/slo.md, not emitted");
            assertTrue(named.size() >= 8, named.toString());
        }
    }

    private static Set<String> metrics(String promql) {
        Set<String> names = new HashSet<>();
        Matcher metric = METRIC.matcher(promql);
        while (metric.find()) {
            names.add(metric.group(1));
        }
        return names;
    }
}
