package ai.heyseven.ports;

import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.idempotency.IdempotencyStore;
import ai.heyseven.ports.ratelimit.RateLimiter;
import ai.heyseven.ports.sms.SendQuota;
import ai.heyseven.ports.sms.SmsOutbox;
import ai.heyseven.ports.sms.SmsQueue;
import ai.heyseven.ports.sms.SmsSchedule;
import java.time.Duration;
import java.util.Objects;

/**
 * The short-lived state a fleet shares, as one state backend provides it: conversations, rate
 * limits, webhook claims, and the SMS queue, outbox, schedule, daily quota and per-number limits.
 * Like {@link DurablePorts}, all from one backend, and read by component name.
 */
public record StatePorts(
        CheckpointStore checkpoints,
        RateLimiter rateLimits,
        IdempotencyStore webhookClaims,
        SmsQueue smsQueue,
        SmsOutbox smsOutbox,
        SmsSchedule smsSchedule,
        SendQuota smsQuota,
        RateLimiter smsInboundLimits) {

    public StatePorts {
        Objects.requireNonNull(checkpoints, "checkpoints");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(webhookClaims, "webhookClaims");
        Objects.requireNonNull(smsQueue, "smsQueue");
        Objects.requireNonNull(smsOutbox, "smsOutbox");
        Objects.requireNonNull(smsSchedule, "smsSchedule");
        Objects.requireNonNull(smsQuota, "smsQuota");
        Objects.requireNonNull(smsInboundLimits, "smsInboundLimits");
    }

    /**
     * What bounds the state, whichever backend keeps it.
     *
     * @param checkpointTtl how long a conversation is kept after its last turn
     * @param checkpointsPerThread checkpoints kept per conversation
     * @param chatsPerMinute chat requests one API key or address may make a minute
     * @param smsInboundPerMinute texts one number may send a minute
     * @param maxQueuedSms unfinished inbound texts held at most (beyond it the webhook answers 503)
     */
    public record Limits(Duration checkpointTtl, int checkpointsPerThread, int chatsPerMinute, int smsInboundPerMinute,
            int maxQueuedSms) {
        public Limits {
            Objects.requireNonNull(checkpointTtl, "checkpointTtl");
            if (checkpointsPerThread < 1 || chatsPerMinute < 1 || smsInboundPerMinute < 1 || maxQueuedSms < 1) {
                throw new IllegalArgumentException("state limits must be positive");
            }
        }
    }
}
