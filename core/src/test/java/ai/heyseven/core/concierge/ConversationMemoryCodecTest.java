package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Update;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a conversation is about and what the guest said of their party survive a checkpoint, so any instance answers the follow-up. */
class ConversationMemoryCodecTest {
    private final CheckpointCodec codec = new CheckpointCodec(new KnowledgeIndex(Fixtures.knowledge(), 4));

    @Test
    void theLastCitedItemsAndThePartyDetailsSurviveTheRoundTrip() {
        GraphState state = ConciergeState.SCHEMA.initialState()
                .merge(Update.of(ConciergeState.LAST_CITED, List.of("trattoria", "pool"))
                        .and(ConciergeState.THREAD_FACTS, Map.of("party_size", "4", "dietary", "vegetarian")));
        GraphState back = codec.decode(codec.encode("t1", Fixtures.CASINO.id(), null, state, 7, null));
        assertEquals(List.of("trattoria", "pool"), back.get(ConciergeState.LAST_CITED));
        assertEquals(Map.of("party_size", "4", "dietary", "vegetarian"), back.get(ConciergeState.THREAD_FACTS));
    }

    @Test
    void partyDetailsToldLaterAddToThoseToldBefore() {
        GraphState state = ConciergeState.SCHEMA.initialState()
                .merge(Update.of(ConciergeState.THREAD_FACTS, Map.of("party_size", "4")))
                .merge(Update.of(ConciergeState.THREAD_FACTS, Map.of("dietary", "vegan")))
                .merge(Update.of(ConciergeState.THREAD_FACTS, Map.of("party_size", "5")));
        assertEquals(Map.of("party_size", "5", "dietary", "vegan"), state.get(ConciergeState.THREAD_FACTS));
    }
}
