package ai.heyseven.adapter.local;

import ai.heyseven.ports.telemetry.BoundedStore;
import ai.heyseven.ports.tools.CallbackRequest;
import ai.heyseven.ports.tools.HostCallbacks;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call-back requests in this process's memory (the newest {@code capacity}), each also logged
 * without the guest's words beyond the topic the model summarised. For {@code dev}: hosts read them
 * from the log; a durable queue is a backend's job.
 */
public final class InMemoryHostCallbacks implements HostCallbacks, BoundedStore {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryHostCallbacks.class);

    private final BoundedLog<CallbackRequest> requests;
    private final AtomicLong sequence = new AtomicLong();

    public InMemoryHostCallbacks(int capacity) {
        this.requests = new BoundedLog<>(capacity);
    }

    @Override
    public String request(CallbackRequest request) {
        String reference = "CB-" + sequence.incrementAndGet();
        requests.add(request);
        LOG.info("host call-back {} requested in {} thread {}", reference, request.casinoId(), request.threadId());
        return reference;
    }

    @Override
    public int eraseGuest(String casinoId, String guestId) {
        return requests.removeIf(request -> casinoId.equals(request.casinoId()) && guestId.equals(request.guestId()));
    }

    @Override
    public List<CallbackRequest> pending(String casinoId, int limit) {
        List<CallbackRequest> theirs = requests.snapshot().stream().filter(request -> casinoId.equals(request.casinoId())).toList();
        return theirs.subList(Math.max(0, theirs.size() - limit), theirs.size());
    }

    /** The requests held, oldest first. */
    public List<CallbackRequest> requests() {
        return requests.snapshot();
    }

    @Override
    public BoundedStore.Fill fill() {
        return requests.fill();
    }
}
