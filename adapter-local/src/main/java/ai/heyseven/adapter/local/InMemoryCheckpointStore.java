package ai.heyseven.adapter.local;

import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.ClaimLostException;
import ai.heyseven.ports.conversation.TurnClaim;
import ai.heyseven.ports.telemetry.BoundedStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversations in this process's memory, for {@code dev} and tests: at most {@code maxThreads}
 * threads, each forgotten after {@code idle} without use. Evictions are counted and logged, so
 * nobody mistakes it for durable storage; {@code prod} refuses to start with it. Claims are held
 * here too, so they are one writer per conversation within this process only (a fleet shares
 * Redis); a save is checked against its claim and written under the same lock.
 */
public final class InMemoryCheckpointStore implements CheckpointStore, BoundedStore {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryCheckpointStore.class);
    private static final long LOG_EVERY = 1_000;

    private final Cache<String, Checkpoint> threads;
    private final Claims claims;
    private final AtomicLong evictions = new AtomicLong();
    private final long maxThreads;

    public InMemoryCheckpointStore(long maxThreads, Duration idle) {
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be at least 1, got " + maxThreads);
        }
        Objects.requireNonNull(idle, "idle");
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("idle must be positive, got " + idle);
        }
        this.maxThreads = maxThreads;
        this.threads = Caffeine.newBuilder()
                .maximumSize(maxThreads)
                .expireAfterAccess(idle)
                .executor(Runnable::run)
                .removalListener((String threadId, Checkpoint checkpoint, RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        onEvicted(cause);
                    }
                })
                .build();
        this.claims = new Claims(maxThreads);
    }

    @Override
    public Optional<Checkpoint> latest(String threadId) {
        return Optional.ofNullable(threads.getIfPresent(threadId));
    }

    @Override
    public Optional<TurnClaim> claim(String threadId, Duration lease) {
        return claims.claim(threadId, lease);
    }

    @Override
    public void save(TurnClaim claim, Checkpoint checkpoint) {
        if (!claim.threadId().equals(checkpoint.threadId())) {
            throw new IllegalArgumentException("a claim of " + claim.threadId() + " cannot save thread " + checkpoint.threadId());
        }
        if (!claims.renewThen(claim, () -> threads.put(checkpoint.threadId(), checkpoint))) {
            throw new ClaimLostException(claim.threadId());
        }
    }

    @Override
    public boolean renew(TurnClaim claim) {
        return claims.renewThen(claim, () -> { });
    }

    @Override
    public void release(TurnClaim claim) {
        claims.release(claim);
    }

    @Override
    public void delete(String threadId) {
        threads.invalidate(threadId);
    }

    @Override
    public int deleteGuest(String casinoId, String guestId) {
        List<String> theirs = threads.asMap().values().stream()
                .filter(checkpoint -> casinoId.equals(checkpoint.casinoId()) && guestId.equals(checkpoint.guestId()))
                .map(Checkpoint::threadId)
                .toList();
        threads.invalidateAll(theirs);
        return theirs.size();
    }

    /** Threads held now (an estimate, as Caffeine gives it). */
    public long size() {
        threads.cleanUp();
        return threads.estimatedSize();
    }

    /** Threads forgotten so far because of the size bound or idle expiry. */
    public long evictions() {
        return evictions.get();
    }

    public long maxThreads() {
        return maxThreads;
    }

    private void onEvicted(RemovalCause cause) {
        long count = evictions.incrementAndGet();
        if (count == 1 || count % LOG_EVERY == 0) {
            LOG.warn("in-memory checkpoint store forgot a conversation ({}); {} forgotten so far, bound {} threads",
                    cause, count, maxThreads);
        }
    }

    @Override
    public BoundedStore.Fill fill() {
        return new BoundedStore.Fill(size(), maxThreads, evictions());
    }
}
