package ai.heyseven.ports.conversation;

import java.util.Optional;

/** Where conversations are kept between steps and turns. */
public interface CheckpointStore {

    /** The newest checkpoint of {@code threadId}, if the thread is known. */
    Optional<Checkpoint> latest(String threadId);

    /** Stores {@code checkpoint} as the newest of its thread, atomically. */
    void save(Checkpoint checkpoint);

    /** Forgets every checkpoint of {@code threadId}. */
    void delete(String threadId);

    /**
     * Forgets every thread {@code guestId} started at {@code casinoId} (a CCPA erase). Idempotent.
     *
     * @return how many threads it forgot
     */
    int deleteGuest(String casinoId, String guestId);
}
