package ai.heyseven.core.sms;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.consent.ConsentLedger;
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
 * fleet-wide (a duplicate, on any instance, is acknowledged and dropped), records an opt-out (STOP,
 * BAJA, 退订 …) in the consent ledger, and queues the message durably for a worker. The opt-out is
 * recorded here, not by the worker, because workers on any instance take texts in any order: the
 * guest's next text may be answered before the STOP's worker got to it. Recorded before the
 * acknowledgement, the STOP holds everywhere from that moment. When the ledger or the queue fails,
 * the claim is given back, so the carrier's retry is processed. Delivery reports are logged, a
 * failure as a WARN, and counted.
 */
final class SmsIntake implements SmsInbound {
    private static final Logger LOG = LoggerFactory.getLogger(SmsIntake.class);
    /** Longer than any carrier retries a webhook. */
    static final Duration CLAIM = Duration.ofDays(3);

    private final IdempotencyStore claims;
    private final SmsQueue queue;
    private final CasinoConfigSource casinos;
    private final ConsentLedger consent;
    private final AtomicLong failedDeliveries = new AtomicLong();

    SmsIntake(IdempotencyStore claims, SmsQueue queue, CasinoConfigSource casinos, ConsentLedger consent) {
        this.claims = claims;
        this.queue = queue;
        this.casinos = casinos;
        this.consent = consent;
    }

    @Override
    public Acceptance accept(InboundSms message) {
        String key = "sms:" + message.eventId();
        if (!claims.claim(key, CLAIM)) {
            LOG.info("SMS event {} delivered again: acknowledged, processed once", message.eventId());
            return Acceptance.DUPLICATE;
        }
        try {
            if (SmsKeyword.of(message.text()).filter(keyword -> keyword.kind() == SmsKeyword.Kind.OPT_OUT).isPresent()) {
                SmsChannel.casinoOf(casinos, message).ifPresent(casino -> consent.append(SmsChannel.optOut(casino, message)));
            }
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
    @Override
    public long failedDeliveries() {
        return failedDeliveries.get();
    }
}
