package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.gemini.FakeGemini;
import ai.heyseven.adapter.telnyx.FakeTelnyx;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Micrometer holds the object a gauge or function counter reads weakly: one that only the meter
 * held would be collected by the next full GC, and the meter would read NaN (a gauge) or its last
 * value forever (a counter) — an alert on it blind. This runs a real GC before scraping.
 */
@DisplayName("Every meter still reads its source after a full garbage collection")
class MetersAfterGcIT {
    private static final Pattern BREAKER = Pattern.compile("name=\"([^\"]+)\"");

    @Test
    void everySeriesIsANumberAndTheCountersStillCountAfterAFullGc() throws Exception {
        KeyPair telnyxKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        try (FakeGemini gemini = new FakeGemini(); FakeTelnyx telnyx = new FakeTelnyx();
                HttpFixture http = new HttpFixture(Map.of("GEMINI_API_KEY", "test-gemini-key",
                        "GEMINI_BASE_URL", gemini.baseUrl().toString(), "GEMINI_MODEL", "gemini-test",
                        "TELNYX_PUBLIC_KEY", SmsIT.publicKey(telnyxKeys), "TELNYX_API_KEY", "KEY-test",
                        "TELNYX_BASE_URL", telnyx.baseUrl().toString()))) {
            FullGc.run();

            PrometheusText metrics = PrometheusText.parse(http.get("/metrics").body());
            Set<String> notANumber = new TreeSet<>();
            metrics.samples().forEach((series, value) -> {
                if (value.isNaN()) {
                    notANumber.add(series);
                }
            });
            assertEquals(Set.of(), notANumber, "series that read NaN after a full GC");
            Set<String> breakers = breakers(metrics);
            assertTrue(breakers.containsAll(Set.of("main", "validator", "sms_sender")), breakers.toString());
            assertEquals(breakers.size(), metrics.sum("heyseven_circuit_breaker_state", "state=\"closed\""),
                    "each breaker reads 1 for its state, closed");
            assertEquals(breakers.size(), metrics.sum("heyseven_circuit_breaker_state"), "and 0 for every other state");

            HttpResponse<String> report = SmsIT.deliver(http, telnyxKeys, SmsIT.deliveryFailed(UUID.randomUUID().toString()),
                    Instant.now().getEpochSecond());
            assertEquals(200, report.statusCode(), report.body());
            assertEquals(1, PrometheusText.parse(http.get("/metrics").body()).sum("heyseven_sms_delivery_failures_total"),
                    "a failure reported after the GC is counted");
        }
    }

    private static Set<String> breakers(PrometheusText metrics) {
        Set<String> names = new TreeSet<>();
        for (String series : metrics.samples().keySet()) {
            if (series.startsWith("heyseven_circuit_breaker_state{")) {
                Matcher name = BREAKER.matcher(series);
                assertTrue(name.find(), series);
                names.add(name.group(1));
            }
        }
        return names;
    }
}
