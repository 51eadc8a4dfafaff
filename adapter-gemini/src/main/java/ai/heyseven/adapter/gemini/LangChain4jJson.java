package ai.heyseven.adapter.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON mapper LangChain4j's Gemini client writes every request and reads every answer with
 * ({@code dev.langchain4j.model.googleai.Json.OBJECT_MAPPER}, package-private, 1.19), set up once
 * for a server: requests written compact instead of pretty-printed (the printer's work and a third
 * more bytes on every call, sent for nobody to read), and its buffers taken from the process's
 * shared pool ({@link JsonBuffers}) instead of one set per virtual thread. Neither changes a byte
 * of what Gemini reads.
 *
 * <p>The mapper is reached by reflection, the one way in: if LangChain4j renames or removes it,
 * the server still works, pretty-printing, and says so once at WARN; {@code LangChain4jJsonTest}
 * fails on the upgrade.
 */
final class LangChain4jJson {
    private static final Logger LOG = LoggerFactory.getLogger(LangChain4jJson.class);
    private static final String HOLDER = "dev.langchain4j.model.googleai.Json";
    private static final String FIELD = "OBJECT_MAPPER";
    /** Whether the mapper was found and set up: decided once, when this class is first used. */
    private static final boolean COMPACT = setUp();

    private LangChain4jJson() {
    }

    /** Sets the mapper up, the first time only; true when it is compact and pooled. */
    static boolean compact() {
        return COMPACT;
    }

    private static boolean setUp() {
        try {
            var field = Class.forName(HOLDER).getDeclaredField(FIELD);
            field.setAccessible(true);
            if (!(field.get(null) instanceof ObjectMapper mapper)) {
                throw new IllegalStateException(FIELD + " is not an ObjectMapper");
            }
            mapper.disable(SerializationFeature.INDENT_OUTPUT);
            mapper.getFactory().setRecyclerPool(JsonBuffers.POOL);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("LangChain4j's Gemini JSON mapper ({}.{}) was not found: requests stay pretty-printed ({})", HOLDER, FIELD,
                    e.toString());
            return false;
        }
    }
}
