package ai.heyseven.app;

import ai.heyseven.adapter.http.TelnyxSender;
import ai.heyseven.adapter.http.TelnyxSignature;
import ai.heyseven.core.sms.SmsChannel;
import ai.heyseven.core.sms.SmsIntake;
import ai.heyseven.core.sms.SmsWorker;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.consent.ConsentLedger;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel: on when both Telnyx keys are set (one without the other stops the start), off
 * otherwise — then the webhook refuses every call. On: the webhook claims and queues (in Redis with
 * {@code REDIS_URL}, else in memory), and one worker per instance answers through Telnyx.
 */
record SmsBackend(SmsIntake intake, Optional<TelnyxSignature> signature, Optional<TelnyxSender> sender, Optional<SmsWorker> worker)
        implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmsBackend.class);
    static final URI TELNYX_API = URI.create("https://api.telnyx.com");
    private static final int MAX_DELIVERIES = 5;

    static SmsBackend open(Settings settings, StateBackends state, Concierge concierge, CasinoConfigSource casinos, ConsentLedger consent) {
        SmsIntake intake = new SmsIntake(state.idempotency(), state.smsQueue());
        if (!settings.smsConfigured()) {
            LOG.info("SMS is off: TELNYX_PUBLIC_KEY and TELNYX_API_KEY are not set");
            return new SmsBackend(intake, Optional.empty(), Optional.empty(), Optional.empty());
        }
        TelnyxSignature signature;
        try {
            signature = TelnyxSignature.of(settings.telnyxPublicKey().orElseThrow(), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("TELNYX_PUBLIC_KEY: " + e.getMessage());
        }
        URI base = settings.telnyxBaseUrl().orElse(TELNYX_API);
        TelnyxSender sender = TelnyxSender.of(base, settings.telnyxApiKey().orElseThrow());
        SmsChannel channel = new SmsChannel(casinos, concierge, consent, sender, state.smsOutbox(), state.smsInboundLimit(),
                settings.smsMaxSegments());
        SmsWorker worker = new SmsWorker(state.smsQueue(), channel, "worker-" + UUID.randomUUID(), settings.smsTakeover(),
                MAX_DELIVERIES);
        LOG.info("SMS is on: Telnyx at {}, replies of at most {} segments, {} inbound texts per number per minute", base.getHost(),
                settings.smsMaxSegments(), settings.smsInboundPerMinute());
        return new SmsBackend(intake, Optional.of(signature), Optional.of(sender), Optional.of(worker));
    }

    /** The Telnyx breaker's state for {@code /health}, when SMS is on. */
    Map<String, String> circuitBreakers() {
        return sender.map(telnyx -> Map.of("sms_sender", telnyx.breakerState())).orElse(Map.of());
    }

    @Override
    public void close() {
        worker.ifPresent(SmsWorker::close);
    }
}
