package ai.heyseven.ports.tools;

import java.util.List;

/** Where requests for a host's call-back go (the hosts' work queue). */
public interface HostCallbacks {

    /**
     * Records the request durably before returning.
     *
     * @return a reference the guest can quote
     * @throws ai.heyseven.ports.BackendException when it could not be recorded
     */
    String request(CallbackRequest request);

    /**
     * Removes every request of {@code guestId} at {@code casinoId} (a CCPA erase). Idempotent.
     *
     * @return how many it removed
     */
    int eraseGuest(String casinoId, String guestId);

    /** The newest {@code limit} requests of {@code casinoId}, oldest first: the hosts' view of the queue. */
    List<CallbackRequest> pending(String casinoId, int limit);
}
