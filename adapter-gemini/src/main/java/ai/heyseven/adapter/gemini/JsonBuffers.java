package ai.heyseven.adapter.gemini;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson's buffers for every mapper of this module, from one bounded pool. Jackson keeps them per
 * thread by default, and a turn runs on a virtual thread of its own, so each turn allocated a fresh
 * set for each call it made (and dropped it at the end).
 */
final class JsonBuffers {
    /** Jackson's process-wide bounded pool (100 sets); past it, a set is made and dropped as before. */
    static final RecyclerPool<BufferRecycler> POOL = JsonRecyclerPools.sharedBoundedPool();

    private JsonBuffers() {
    }

    /** A plain mapper whose buffers come from {@link #POOL}. */
    static ObjectMapper mapper() {
        return new ObjectMapper(JsonFactory.builder().recyclerPool(POOL).build());
    }
}
