package ai.heyseven.app;

import ai.heyseven.adapter.gemini.GeminiLanguageModel;
import ai.heyseven.adapter.gemini.GeminiSettings;
import ai.heyseven.adapter.gemini.ResilientLanguageModel;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import ai.heyseven.ports.model.LanguageModel;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language model of this instance: Gemini behind its breakers, bulkhead and retry when
 * {@code GEMINI_API_KEY} is set (required in {@code prod}), the offline model otherwise ({@code dev}
 * only), said once in the start-up log.
 */
record ModelBackend(LanguageModel model, HealthCheck check, Supplier<Map<String, String>> circuitBreakers) {
    private static final Logger LOG = LoggerFactory.getLogger(ModelBackend.class);

    static ModelBackend open(Settings settings) {
        return settings.geminiApiKey().map(key -> gemini(settings, key)).orElseGet(ModelBackend::offline);
    }

    private static ModelBackend gemini(Settings settings, String key) {
        GeminiSettings gemini = GeminiSettings.defaults(settings.geminiBaseUrl().orElse(GeminiSettings.DEFAULT_BASE_URL),
                settings.geminiModel(), settings.llmMaxConcurrency(), settings.llmCallTimeout());
        ResilientLanguageModel model = new ResilientLanguageModel(new GeminiLanguageModel(gemini, key), gemini);
        String where = gemini.baseUrl().getHost() + (gemini.baseUrl().getPort() > 0 ? ":" + gemini.baseUrl().getPort() : "");
        LOG.info("language model: Gemini {} at {}, at most {} calls in flight, {} s per call", settings.geminiModel(), where,
                gemini.maxConcurrency(), gemini.callTimeout().toSeconds());
        return new ModelBackend(model, HeySeven.check("language_model", false, () -> HealthStatus.up("Gemini " + settings.geminiModel()
                + " at " + where + ", " + model.callsInFlight() + " of " + gemini.maxConcurrency() + " calls in flight")),
                model::breakerStates);
    }

    private static ModelBackend offline() {
        LOG.info("dev profile without GEMINI_API_KEY: answering with the offline model (extractive answers from the property items)");
        return new ModelBackend(new OfflineLanguageModel(Concierges.keywordRouter()),
                HeySeven.check("language_model", true, () -> HealthStatus.up("offline model (dev)")), Map::of);
    }
}
