package ai.heyseven.ports.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the desk's cases are kept (Firestore in {@code prod}, bounded memory in {@code dev}), shared by
 * every instance of a fleet. Every method throws {@link CaseStoreException} when the store fails.
 */
public interface CaseStore {

    /**
     * Creates {@code newCase} unless a case with its id exists.
     *
     * @return true when it was created; false when one with that id was there already (left unchanged)
     */
    boolean create(DeskCase newCase);

    Optional<DeskCase> get(String casinoId, String caseId);

    /**
     * Changes a case atomically, fleet-wide: {@code change} is given the stored case and returns the
     * one to store. It may be called more than once (a concurrent change makes the store retry it),
     * so it must have no side effects; an exception it throws aborts the change and reaches the caller.
     *
     * @return the stored case; empty when there is no such case
     */
    Optional<DeskCase> update(String casinoId, String caseId, UnaryOperator<DeskCase> change);

    /**
     * The newest {@code limit} cases of a casino with {@code status} (any status when empty), newest first (by opening).
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<DeskCase> list(String casinoId, Optional<CaseStatus> status, int limit);

    /**
     * Cases of every casino changed after {@code since} ({@link DeskCase#updatedAt()}), oldest change first, at most
     * {@code limit}: the live feed.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<DeskCase> changedSince(Instant since, int limit);

    /** The claimed case that holds {@code threadId}, if a host holds that conversation. */
    Optional<DeskCase> heldThread(String casinoId, String threadId);

    /**
     * Removes the cases of a guest (a CCPA erase), except compliance cases, which the law keeps: those it keeps
     * without the guest's id, so no case names the erased guest. Idempotent.
     *
     * @return how many it removed
     */
    int eraseGuest(String casinoId, String guestId);
}
