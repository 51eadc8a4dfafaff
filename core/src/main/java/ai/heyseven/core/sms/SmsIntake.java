package ai.heyseven.core.sms;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.idempotency.IdempotencyStore;
import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.SmsInbound;
import ai.heyseven.ports.sms.SmsQueue;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SMS webhook does with a delivery, before it answers the carrier: claims the event id
 * fleet-wide (a duplicate, on any instance, is acknowledged and dropped) and queues the message
 * durably for a worker. When the queue fails, the claim is given back, so the carrier's retry is
 * processed. Delivery reports are logged, a failure as a WARN, and counted.
 */
public final class SmsIntake implements SmsInbound {
    private static final Logger LOG = LoggerFactory.getLogger(SmsIntake.class);
    /** Longer than any carrier retries a webhook. */
    static final Duration CLAIM = Duration.ofDays(3);

    private final IdempotencyStore claims;
    private final SmsQueue queue;
    private final AtomicLong failedDeliveries = new AtomicLong();

    public SmsIntake(IdempotencyStore claims, SmsQueue queue) {
        this.claims = claims;
        this.queue = queue;
    }

    @Override
    public Acceptance accept(InboundSms message) {
        String key = "sms:" + message.eventId();
        if (!claims.claim(key, CLAIM)) {
            LOG.info("SMS event {} delivered again: acknowledged, processed once", message.eventId());
            return Acceptance.DUPLICATE;
        }
        try {
            queue.enqueue(message);
            return Acceptance.QUEUED;
        } catch (BackendException e) {
            claims.release(key);
            throw e;
        }
    }

    @Override
    public void delivered(DeliveryReport report) {
        if (report.failed()) {
            long failed = failedDeliveries.incrementAndGet();
            LOG.warn("SMS {} was not delivered: {} ({}; {} failed deliveries since start)", report.messageId(), report.status(),
                    report.eventType(), failed);
        } else {
            LOG.info("SMS {}: {} ({})", report.messageId(), report.status(), report.eventType());
        }
    }

    /** Messages the carrier reported undelivered since this instance started. */
    public long failedDeliveries() {
        return failedDeliveries.get();
    }
}
