package ai.heyseven.app;

import ai.heyseven.adapter.gemini.GeminiBackend;
import ai.heyseven.adapter.gemini.GeminiSettings;
import ai.heyseven.adapter.gemini.ModelTransport;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.app.telemetry.ModelPrice;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.UsageListener;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language model of this instance: Gemini behind its breakers, bulkhead and retry when
 * {@code GEMINI_API_KEY} or {@code GEMINI_API_KEY_FILE} is set (one is required in {@code prod}), the
 * offline model otherwise ({@code dev} only), said once in the start-up log. A key file is re-read
 * every {@code HEYSEVEN_SECRET_REFRESH_SECONDS}; a changed key builds new clients in the background.
 * Its price comes from {@code HEYSEVEN_MODEL_PRICES} (none for the offline model).
 */
record ModelBackend(LanguageModel model, Optional<ModelPrice> price, HealthCheck check, Supplier<Map<String, String>> circuitBreakers,
        AutoCloseable rotation) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelBackend.class);

    /** The model, telling {@code usage} the tokens it counted for each answer (Gemini does; the offline model counts none). */
    static ModelBackend open(Settings settings, UsageListener usage) {
        return settings.model().geminiConfigured() ? gemini(settings, usage) : offline(settings);
    }

    private static ModelBackend gemini(Settings whole, UsageListener usage) {
        Settings.Model settings = whole.model();
        String key = settings.geminiApiKey().current();
        GeminiSettings gemini = GeminiSettings.defaults(settings.geminiBaseUrl().orElse(GeminiSettings.DEFAULT_BASE_URL),
                settings.geminiModel(), settings.maxConcurrency(), settings.callTimeout());
        ModelTransport.use(settings.transport()); // before the first model is built: they share the process's client
        GeminiBackend backend = GeminiBackend.open(gemini, key, usage);
        String where = gemini.baseUrl().getHost() + (gemini.baseUrl().getPort() > 0 ? ":" + gemini.baseUrl().getPort() : "");
        try {
            backend.probe();
        } catch (LanguageModelException e) {
            throw new ConfigurationException("GEMINI_API_KEY: Gemini " + settings.geminiModel() + " at " + where
                    + " did not accept the start-up check: " + e.getMessage());
        }
        AutoCloseable rotation = settings.geminiApiKey().watch(key, whole.access().secretRefresh(), backend::rotateTo);
        LOG.info("language model: Gemini {} at {} over {}, at most {} calls in flight, {} s per call", settings.geminiModel(), where,
                settings.transport() == ModelTransport.HTTP2 ? "HTTP/2" : "HTTP/1.1", gemini.maxConcurrency(), gemini.callTimeout().toSeconds());
        Optional<ModelPrice> price = Optional.ofNullable(settings.prices().get(settings.geminiModel()));
        if (price.isEmpty()) {
            LOG.warn("HEYSEVEN_MODEL_PRICES names no price for {}: tokens are measured, their cost is not", settings.geminiModel());
        }
        return new ModelBackend(backend.model(), price, HealthCheck.of("language_model", false, () -> HealthStatus.up("Gemini "
                + settings.geminiModel() + " at " + where + ", " + backend.callsInFlight() + " of " + gemini.maxConcurrency()
                + " calls in flight")), backend::breakerStates, rotation);
    }

    @Override
    public void close() {
        try {
            rotation.close();
        } catch (Exception e) {
            LOG.warn("stopping the key refresh failed: {}", e.getMessage());
        }
    }

    private static ModelBackend offline(Settings settings) {
        LOG.info("dev profile without GEMINI_API_KEY: answering with the offline model (extractive answers from the property items)");
        return new ModelBackend(new OfflineLanguageModel(Concierges.keywordRouter(), settings.model().offlinePieceDelay()), Optional.empty(),
                HealthCheck.of("language_model", true, () -> HealthStatus.up("offline model (dev)")), Map::of, () -> { });
    }
}
