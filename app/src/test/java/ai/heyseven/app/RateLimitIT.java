package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rate limits per API key and client address, over real HTTP")
class RateLimitIT {
    private static final String BODY = "{\"casino_id\":\"aurora-palms\",\"message\":\"hello\"}";

    private static HttpResponse<String> chat(HttpFixture http, String key, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/v1/chat"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(BODY));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request);
    }

    @Test
    void theLimitPlusOneIsA429WithRetryAfterAndProblemJson() throws Exception {
        try (HttpFixture http = new HttpFixture(Map.of("HEYSEVEN_RATE_LIMIT_PER_MINUTE", "3"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, chat(http, HttpFixture.KEY, null).statusCode());
            }
            HttpResponse<String> refused = chat(http, HttpFixture.KEY, null);
            assertEquals(429, refused.statusCode());
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 20, "one of 3 per minute returns within 20 s: " + retryAfter);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(429, new ObjectMapper().readTree(refused.body()).get("status").asInt());
        }
    }

    @Test
    void eachKeyHasItsOwnBudget() {
        try (HttpFixture http = new HttpFixture(Map.of("HEYSEVEN_RATE_LIMIT_PER_MINUTE", "1",
                "HEYSEVEN_API_KEYS", "first-key-123,second-key-456"))) {
            assertEquals(200, chat(http, "first-key-123", null).statusCode());
            assertEquals(429, chat(http, "first-key-123", null).statusCode());
            assertEquals(200, chat(http, "second-key-456", null).statusCode());
        }
    }

    @Test
    void forwardedForCountsOnlyBehindATrustedProxy() {
        try (HttpFixture untrusted = new HttpFixture(Map.of("HEYSEVEN_RATE_LIMIT_PER_MINUTE", "1"))) {
            assertEquals(200, chat(untrusted, HttpFixture.KEY, "203.0.113.1").statusCode());
            assertEquals(429, chat(untrusted, HttpFixture.KEY, "203.0.113.2").statusCode(), "a forged header buys no new budget");
        }
        try (HttpFixture trusted = new HttpFixture(Map.of("HEYSEVEN_RATE_LIMIT_PER_MINUTE", "1", "HEYSEVEN_TRUST_PROXY", "true"))) {
            assertEquals(200, chat(trusted, HttpFixture.KEY, "203.0.113.1").statusCode());
            assertEquals(429, chat(trusted, HttpFixture.KEY, "203.0.113.1").statusCode());
            assertEquals(200, chat(trusted, HttpFixture.KEY, "198.51.100.9, 203.0.113.2").statusCode(),
                    "the proxy's own entry, the last one, names the client");
        }
    }
}
