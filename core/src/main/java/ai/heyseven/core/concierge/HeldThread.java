package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.StepListener;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.TurnClaim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation one turn holds: whose it is, and the claim under which each step is saved, so
 * no other turn of the same conversation writes until this one lets go.
 */
record HeldThread(String threadId, String casinoId, String guestId, TurnClaim claim, CheckpointStore checkpoints,
        CheckpointCodec codec, ClaimKeeper keeper) implements StepListener {
    private static final Logger LOG = LoggerFactory.getLogger(HeldThread.class);

    @Override
    public void afterStep(GraphState state, int step, String node, String nextNode) {
        checkpoints.save(claim, codec.encode(threadId, casinoId, guestId, state, step, nextNode));
    }

    /** Lets the conversation go; if the store cannot be reached, the claim lapses with its lease instead. */
    void release() {
        keeper.letGo(claim);
        try {
            checkpoints.release(claim);
        } catch (BackendException e) {
            LOG.warn("thread {} stays held until its lease of {} runs out: {}", threadId, claim.lease(), e.getMessage());
        }
    }
}
