package ai.heyseven.adapter.local;

import ai.heyseven.ports.DurablePorts;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import java.time.Clock;
import java.time.Duration;

/**
 * Every durable and state port in this process's memory, each with a bound: the {@code dev}
 * profile's backends, and an embedding application's for tests. Never for a fleet: nothing here is
 * shared between processes, and all of it is gone when the process stops.
 */
public final class LocalBackends {
    /** Items the knowledge store holds at most, over all properties. */
    public static final int MAX_ITEMS = 50_000;
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_PROFILES = 100_000;
    private static final long MAX_KEYS = 100_000;
    private static final Duration SMS_REPLY_RECORD = Duration.ofDays(3);

    private LocalBackends() {
    }

    /** A backend's ports with the health check that describes them. */
    public record Local<P extends Record>(P ports, HealthCheck check) { }

    /** Durable memory: casinos and their knowledge from {@code properties} (described as {@code source}), the rest empty. */
    public static Local<DurablePorts> durable(PropertyFiles properties, String source) {
        DurablePorts ports = new DurablePorts(
                properties,
                InMemoryKnowledgeStore.seededFrom(properties, MAX_ITEMS),
                new InMemoryChangeHashStore(MAX_ITEMS),
                new InMemoryAuditTrail(MAX_ENTRIES),
                new InMemoryComplianceEvents(MAX_ENTRIES),
                new InMemoryGuestProfiles(MAX_PROFILES),
                new InMemoryHostCallbacks(MAX_ENTRIES),
                new InMemoryConsentLedger(MAX_PROFILES),
                new InMemoryGuestExclusions(MAX_PROFILES),
                new InMemoryFeedbackStore(MAX_ENTRIES),
                new InMemoryCaseStore(MAX_ENTRIES),
                properties.players(),
                properties.compPolicies());
        return new Local<>(ports, HealthCheck.of("knowledge", true,
                () -> HealthStatus.up("in-memory, seeded from the " + source + ": " + properties.all().size() + " casinos")));
    }

    /** Shared state: at most {@code maxThreads} conversations, each dropped after {@code threadIdle} without a turn. */
    public static Local<StatePorts> state(StatePorts.Limits limits, long maxThreads, Duration threadIdle) {
        InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore(maxThreads, threadIdle);
        StatePorts ports = new StatePorts(
                checkpoints,
                new InMemoryRateLimiter(limits.chatsPerMinute(), MAX_KEYS),
                new InMemoryIdempotencyStore(MAX_KEYS),
                new InMemorySmsQueue(limits.maxQueuedSms(), Clock.systemUTC()),
                new InMemorySmsOutbox(MAX_KEYS, SMS_REPLY_RECORD, Clock.systemUTC()),
                new InMemorySmsSchedule(limits.maxQueuedSms()),
                new InMemorySendQuota(),
                new InMemoryRateLimiter(limits.smsInboundPerMinute(), MAX_KEYS));
        return new Local<>(ports, HealthCheck.of("checkpoint_store", true, () -> HealthStatus.up("in-memory (dev), " + checkpoints.size()
                + " of at most " + maxThreads + " threads, " + checkpoints.evictions() + " evicted")));
    }
}
