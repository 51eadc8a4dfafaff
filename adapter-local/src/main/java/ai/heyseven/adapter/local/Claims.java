package ai.heyseven.adapter.local;

import ai.heyseven.ports.conversation.TurnClaim;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The turns holding conversations in this process, each until released or its lease runs out. A
 * claim, a renewal and a release of one thread are atomic with one another (the map's lock on the
 * thread's entry). At most {@code bound} are held: past it, lapsed claims are swept, and when none
 * has lapsed a new claim is refused as if its thread were busy, rather than growing without end.
 */
final class Claims {
    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();
    private final long bound;

    Claims(long bound) {
        this.bound = bound;
    }

    Optional<TurnClaim> claim(String threadId, Duration lease) {
        if (held.size() >= bound) {
            sweep();
            if (held.size() >= bound) {
                return Optional.empty();
            }
        }
        TurnClaim mine = new TurnClaim(threadId, UUID.randomUUID().toString(), lease);
        Held granted = held.compute(threadId, (id, current) -> current == null || current.lapsed() ? Held.of(mine) : current);
        return granted.token().equals(mine.token()) ? Optional.of(mine) : Optional.empty();
    }

    /** Renews {@code claim} and runs {@code write}, both under the thread's lock; false when the claim no longer holds. */
    boolean renewThen(TurnClaim claim, Runnable write) {
        AtomicBoolean holds = new AtomicBoolean();
        held.computeIfPresent(claim.threadId(), (id, current) -> {
            if (!current.token().equals(claim.token()) || current.lapsed()) {
                return current;
            }
            write.run();
            holds.set(true);
            return Held.of(claim);
        });
        return holds.get();
    }

    void release(TurnClaim claim) {
        held.computeIfPresent(claim.threadId(), (id, current) -> current.token().equals(claim.token()) ? null : current);
    }

    private void sweep() {
        held.values().removeIf(Held::lapsed);
    }

    private record Held(String token, long until) {
        static Held of(TurnClaim claim) {
            return new Held(claim.token(), System.nanoTime() + claim.lease().toNanos());
        }

        boolean lapsed() {
            return System.nanoTime() - until > 0;
        }
    }
}
