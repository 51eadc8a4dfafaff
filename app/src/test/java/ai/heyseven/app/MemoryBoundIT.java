package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("10,000 distinct conversations stay within the configured bound")
class MemoryBoundIT {

    @Test
    void tenThousandThreadsNeverHoldMoreThanTheBound() {
        try (HttpFixture http = new HttpFixture(Map.of("HEYSEVEN_LOCAL_MAX_THREADS", "500"))) {
            IntStream.range(0, 10_000).parallel().forEach(i -> {
                TurnReply reply = http.server.concierge().ask(new TurnRequest(i % 2 == 0 ? "aurora-palms" : "harbor-lights",
                        "Where can I get sushi after the show?", "guest-thread-" + i, null, "load-" + i));
                assertEquals(1, reply.turn());
            });
            InMemoryCheckpointStore store = (InMemoryCheckpointStore) http.server.state().ports().checkpoints();
            long held = store.size();
            assertTrue(held <= 500, "held " + held + " threads");
            assertTrue(store.evictions() >= 9_500);
            assertTrue(http.get("/health").body().contains("evicted"));
        }
    }
}
