package ai.heyseven.adapter.local;

import ai.heyseven.ports.sms.SmsOutbox;
import ai.heyseven.ports.telemetry.BoundedStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Reply records in this process's memory, for {@code dev} without Redis: the newest {@code capacity}, each kept for its time. */
public final class InMemorySmsOutbox implements SmsOutbox, BoundedStore {
    private final Cache<String, Reply> replies;
    private final long capacity;
    private final Clock clock;

    public InMemorySmsOutbox(long capacity, Duration keep, Clock clock) {
        this.replies = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(keep).recordStats().build();
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public boolean intend(String eventId, Duration keep) {
        return replies.asMap().putIfAbsent(eventId, new Reply(clock.instant(), Optional.empty())) == null;
    }

    @Override
    public void sent(String eventId, String messageId, Duration keep) {
        replies.asMap().compute(eventId, (id, reply) -> new Reply(reply == null ? clock.instant() : reply.intendedAt(), Optional.of(messageId)));
    }

    @Override
    public void forget(String eventId) {
        replies.invalidate(eventId);
    }

    @Override
    public Optional<Reply> find(String eventId) {
        return Optional.ofNullable(replies.getIfPresent(eventId));
    }

    @Override
    public BoundedStore.Fill fill() {
        return CacheFill.of(replies, capacity);
    }
}
