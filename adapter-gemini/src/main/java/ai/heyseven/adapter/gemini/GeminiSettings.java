package ai.heyseven.adapter.gemini;

import ai.heyseven.ports.model.ModelRole;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach Gemini and what to ask of it.
 *
 * @param baseUrl the API root, such as {@code https://generativelanguage.googleapis.com/v1beta}
 * @param models the model name of each role
 * @param maxOutputTokens the output token limit of each role
 * @param callTimeout the longest one call may take, retries included (the turn has its own deadline too)
 * @param maxConcurrency calls in flight at once on this instance, all roles together
 * @param bulkheadWait how long a call waits for a free slot before it is refused
 * @param maxAttempts attempts of a throttled or unavailable call (1 = no retry)
 * @param retryBase the first backoff; each next one doubles, with jitter
 * @param breakerOpenFor how long a role's open breaker refuses calls before it lets a few through to test
 */
public record GeminiSettings(URI baseUrl, Map<ModelRole, String> models, Map<ModelRole, Integer> maxOutputTokens,
        Duration callTimeout, int maxConcurrency, Duration bulkheadWait, int maxAttempts, Duration retryBase, Duration breakerOpenFor) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://generativelanguage.googleapis.com/v1beta");

    public GeminiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(bulkheadWait, "bulkheadWait");
        Objects.requireNonNull(retryBase, "retryBase");
        Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
        models = Map.copyOf(models);
        maxOutputTokens = Map.copyOf(maxOutputTokens);
        for (ModelRole role : ModelRole.values()) {
            if (!models.containsKey(role) || !maxOutputTokens.containsKey(role)) {
                throw new IllegalArgumentException("every role needs a model and an output limit; " + role + " has none");
            }
        }
        if (maxConcurrency < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxConcurrency and maxAttempts must be at least 1");
        }
    }

    /** One model for every role; 2,048 output tokens for the answer, 512 for the other roles. */
    public static GeminiSettings defaults(URI baseUrl, String model, int maxConcurrency, Duration callTimeout) {
        Map<ModelRole, String> models = new EnumMap<>(ModelRole.class);
        Map<ModelRole, Integer> limits = new EnumMap<>(ModelRole.class);
        for (ModelRole role : ModelRole.values()) {
            models.put(role, model);
            limits.put(role, role == ModelRole.MAIN ? 2_048 : 512);
        }
        return new GeminiSettings(baseUrl, models, limits, callTimeout, maxConcurrency, Duration.ofMillis(100), 3,
                Duration.ofMillis(200), Duration.ofSeconds(30));
    }

    /** The same settings with other resilience timings (tests use short ones). */
    public GeminiSettings withTimings(Duration bulkheadWait, Duration retryBase, Duration breakerOpenFor) {
        return new GeminiSettings(baseUrl, models, maxOutputTokens, callTimeout, maxConcurrency, bulkheadWait, maxAttempts, retryBase,
                breakerOpenFor);
    }
}
