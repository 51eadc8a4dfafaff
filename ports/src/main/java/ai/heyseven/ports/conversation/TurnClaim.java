package ai.heyseven.ports.conversation;

import java.time.Duration;
import java.util.Objects;

/**
 * One turn's hold on its conversation, from {@link CheckpointStore#claim}: while it holds, no other
 * turn anywhere in the fleet is given the thread, and the store takes saves only under it. Each
 * save, and a renewal while the turn waits, extends the lease, so a turn keeps its thread as long
 * as its process lives; a turn whose process died lets go when the lease runs out.
 *
 * @param threadId the conversation held
 * @param token what tells this claim from any other on the same thread (random, never shown to a guest)
 * @param lease how long the hold lasts after the claim or the last save
 */
public record TurnClaim(String threadId, String token, Duration lease) {
    public TurnClaim {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
    }
}
