package ai.heyseven.adapter.gemini;

import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.UsageListener;
import java.util.Map;

/**
 * Gemini as this instance's language model: the client behind its breakers, bulkhead and retry
 * ({@link ResilientLanguageModel}), its start-up probe and the rotation of its key. The only type of
 * this module an application needs besides its settings and the decorator.
 */
public final class GeminiBackend {
    private final GeminiLanguageModel client;
    private final ResilientLanguageModel model;

    private GeminiBackend(GeminiLanguageModel client, ResilientLanguageModel model) {
        this.client = client;
        this.model = model;
    }

    /** Builds the clients; calls nothing yet (see {@link #probe()}). */
    public static GeminiBackend open(GeminiSettings settings, String apiKey) {
        return open(settings, apiKey, UsageListener.NONE);
    }

    /** As {@link #open(GeminiSettings, String)}, telling {@code usage} the tokens Gemini counted for every answer. */
    public static GeminiBackend open(GeminiSettings settings, String apiKey, UsageListener usage) {
        GeminiLanguageModel client = new GeminiLanguageModel(settings, apiKey, usage);
        return new GeminiBackend(client, new ResilientLanguageModel(client, settings));
    }

    /** The model, every call behind the decorators. */
    public LanguageModel model() {
        return model;
    }

    /**
     * One small call with the key, past the decorators.
     *
     * @throws ai.heyseven.ports.model.LanguageModelException when Gemini does not accept it
     */
    public void probe() {
        client.probe();
    }

    /** From now on, calls carry {@code apiKey} (clients are rebuilt in the background). */
    public void rotateTo(String apiKey) {
        client.rotateTo(apiKey);
    }

    /** Each breaker's state, by role. */
    public Map<String, String> breakerStates() {
        return model.breakerStates();
    }

    public int callsInFlight() {
        return model.callsInFlight();
    }
}
