package ai.heyseven.adapter.gemini;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fails on the LangChain4j upgrade that moves its Gemini mapper, which would quietly bring pretty-printed requests back. */
class LangChain4jJsonTest {

    @Test
    void findsAndSetsUpLangChain4jsGeminiMapper() {
        assertTrue(LangChain4jJson.compact(),
                "dev.langchain4j.model.googleai.Json.OBJECT_MAPPER moved: find its new place in LangChain4j or drop LangChain4jJson");
    }
}
