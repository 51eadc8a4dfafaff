package ai.heyseven.ports.conversation;

import java.time.Duration;
import java.util.Optional;

/**
 * Where conversations are kept between steps and turns, with one writer per conversation: a turn
 * {@linkplain #claim claims} its thread before it runs and saves only under its claim, so two
 * turns sent at once to one conversation (a double click, a retry, two devices, two instances)
 * never both write and lose one another's exchange.
 */
public interface CheckpointStore {

    /** The newest checkpoint of {@code threadId}, if the thread is known. */
    Optional<Checkpoint> latest(String threadId);

    /**
     * Claims {@code threadId} for one turn, atomically across every instance sharing the store.
     *
     * @return the claim, or empty when another turn holds the thread now
     */
    Optional<TurnClaim> claim(String threadId, Duration lease);

    /**
     * Stores {@code checkpoint} as the newest of its thread, atomically, and renews the claim's
     * lease — only while {@code claim} still holds the thread.
     *
     * @throws ClaimLostException when the claim no longer holds (nothing was written)
     */
    void save(TurnClaim claim, Checkpoint checkpoint);

    /**
     * Extends {@code claim}'s lease from now, if it still holds its thread: a turn waiting on a
     * slow model keeps its conversation while its process lives.
     *
     * @return whether the claim still holds
     */
    boolean renew(TurnClaim claim);

    /** Lets go of {@code claim}; does nothing when it no longer holds (another turn's claim is left alone). */
    void release(TurnClaim claim);

    /** Forgets every checkpoint of {@code threadId}. */
    void delete(String threadId);

    /**
     * Forgets every thread {@code guestId} started at {@code casinoId} (a CCPA erase). Idempotent.
     *
     * @return how many threads it forgot
     */
    int deleteGuest(String casinoId, String guestId);
}
