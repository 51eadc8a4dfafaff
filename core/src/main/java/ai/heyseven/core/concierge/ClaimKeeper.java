package ai.heyseven.core.concierge;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.TurnClaim;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the claims of the turns running in this process alive: renews each every {@code every}
 * (a third of a lease), on one thread that runs only while some turn holds a claim, so an idle
 * concierge holds no thread. It is a platform thread, not a virtual one: virtual threads are never
 * time-sliced, so when every carrier is busy with turns (thousands of streams on two cores) a
 * virtual keeper waits in the same queue as they do and the leases lapse under running turns; the
 * operating system gives a platform thread its share of a core however busy the carriers are. A
 * turn waiting on a slow model keeps its conversation; a process that died stops renewing, and its
 * conversations are free one lease later. No claim is kept past
 * {@code longest} (the turn's own deadline): a turn opened and then forgotten, never run nor
 * cancelled, cannot hold its conversation for ever.
 */
final class ClaimKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimKeeper.class);

    private final CheckpointStore checkpoints;
    private final Duration every;
    private final Duration longest;
    /** The claims of the turns running here, each with the moment ({@link System#nanoTime}) it is kept until. */
    private final Map<TurnClaim, Long> held = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();

    ClaimKeeper(CheckpointStore checkpoints, Duration every, Duration longest) {
        this.checkpoints = checkpoints;
        this.every = every;
        this.longest = longest;
    }

    void keep(TurnClaim claim) {
        held.put(claim, System.nanoTime() + longest.toNanos());
        if (running.compareAndSet(false, true)) {
            Thread.ofPlatform().name("claim-keeper").daemon(true).start(this::renewWhileHeld);
        }
    }

    void letGo(TurnClaim claim) {
        held.remove(claim);
    }

    private void renewWhileHeld() {
        while (true) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                running.set(false);
                return;
            }
            held.forEach(this::renew);
            if (held.isEmpty()) {
                running.set(false);
                // a claim kept after the check above, and before running was cleared, would have no keeper: take it on
                if (held.isEmpty() || !running.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    private void renew(TurnClaim claim, long until) {
        if (System.nanoTime() - until > 0) {
            held.remove(claim);
            return;
        }
        try {
            if (!checkpoints.renew(claim)) {
                held.remove(claim); // lapsed and taken over: its turn learns so at its next save
            }
        } catch (BackendException e) {
            LOG.warn("could not renew the claim of thread {} (tried again in {} s): {}", claim.threadId(), every.toSeconds(), e.getMessage());
        }
    }
}
