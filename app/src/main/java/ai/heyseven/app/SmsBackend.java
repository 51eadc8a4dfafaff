package ai.heyseven.app;

import ai.heyseven.adapter.http.Rotating;
import ai.heyseven.adapter.http.TelnyxSignature;
import ai.heyseven.adapter.local.DoNotContactFile;
import ai.heyseven.adapter.local.PhoneNumberZones;
import ai.heyseven.adapter.telnyx.TelnyxSender;
import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.app.telemetry.TracedPort;
import ai.heyseven.core.sms.CasinoMessages;
import ai.heyseven.core.sms.SmsChannel;
import ai.heyseven.core.sms.SmsIntake;
import ai.heyseven.core.sms.SmsWorker;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.DoNotContact;
import ai.heyseven.ports.sms.SmsSender;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel: on when both Telnyx keys are set (one without the other stops the start), off
 * otherwise — then the webhook refuses every call and casino-started messages are refused (opt-ins
 * are still recorded). On: the webhook claims and queues (in Redis with {@code REDIS_URL}, else in
 * memory), and one worker per instance answers through Telnyx and sends held messages when quiet
 * hours end.
 */
record SmsBackend(SmsIntake intake, CasinoSms casinoSms, Rotating<TelnyxSignature> signature, Optional<TelnyxSender> sender,
        Optional<SmsWorker> worker, List<AutoCloseable> keyWatches) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmsBackend.class);
    static final URI TELNYX_API = URI.create("https://api.telnyx.com");
    private static final int MAX_DELIVERIES = 5;
    private static final String OFF = "SMS is off on this server (TELNYX_PUBLIC_KEY and TELNYX_API_KEY are not set)";

    static SmsBackend open(Settings settings, StateBackends state, Concierge concierge, CasinoConfigSource casinos, ConsentLedger consent,
            AuditTrail audit, Observability observability) {
        SmsIntake intake = new SmsIntake(state.idempotency(), state.smsQueue(), casinos, consent);
        DoNotContact doNotContact = doNotContact(settings);
        if (!settings.smsConfigured()) {
            LOG.info("SMS is off: TELNYX_PUBLIC_KEY and TELNYX_API_KEY are not set");
            SmsSender off = message -> {
                throw new CasinoSms.NotAllowedException(OFF);
            };
            return new SmsBackend(intake, new Off(messages(settings, casinos, consent, off, state, doNotContact, audit)), Rotating.none(),
                    Optional.empty(), Optional.empty(), List.of());
        }
        String publicKey = settings.telnyxPublicKey().current();
        Rotating<TelnyxSignature> signature = Rotating.of(signature(publicKey, settings.telnyxPublicKey().source()));
        URI base = settings.telnyxBaseUrl().orElse(TELNYX_API);
        String apiKey = settings.telnyxApiKey().current();
        TelnyxSender sender = TelnyxSender.of(base, apiKey);
        // a rotated public key: deliveries signed with the old one are still accepted during the overlap
        List<AutoCloseable> keyWatches = List.of(
                settings.telnyxPublicKey().watch(publicKey, settings.secretRefresh(),
                        next -> signature.rotateTo(signature(next, settings.telnyxPublicKey().source()), settings.secretOverlap())),
                settings.telnyxApiKey().watch(apiKey, settings.secretRefresh(), sender::rotateTo));
        SmsSender telnyx = TracedPort.of(SmsSender.class, sender, "telnyx", observability);
        CasinoMessages messages = messages(settings, casinos, consent, telnyx, state, doNotContact, audit);
        SmsChannel channel = new SmsChannel(casinos, concierge, consent, telnyx, state.smsOutbox(), state.smsInboundLimit(),
                settings.smsMaxSegments());
        SmsWorker worker = new SmsWorker(state.smsQueue(), channel, messages, "worker-" + UUID.randomUUID(), settings.smsTakeover(),
                MAX_DELIVERIES);
        LOG.info("SMS is on: Telnyx at {}, replies of at most {} segments, {} inbound texts per number per minute", base.getHost(),
                settings.smsMaxSegments(), settings.smsInboundPerMinute());
        return new SmsBackend(intake, messages, signature, Optional.of(sender), Optional.of(worker), keyWatches);
    }

    private static TelnyxSignature signature(String base64Key, String variable) {
        try {
            return TelnyxSignature.of(base64Key, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(variable + ": " + e.getMessage());
        }
    }

    private static CasinoMessages messages(Settings settings, CasinoConfigSource casinos, ConsentLedger consent, SmsSender sender,
            StateBackends state, DoNotContact doNotContact, AuditTrail audit) {
        return new CasinoMessages(casinos, consent, sender, state.smsSchedule(), new PhoneNumberZones(), doNotContact, audit, state.smsQuota(),
                settings.smsDailyCap(), Clock.systemUTC());
    }

    private static DoNotContact doNotContact(Settings settings) {
        try {
            return settings.doNotContactFile().<DoNotContact>map(DoNotContactFile::read).orElseGet(DoNotContactFile::empty);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("HEYSEVEN_DO_NOT_CONTACT_FILE: " + e.getMessage());
        }
    }

    /** What {@code /health} says of SMS: on or off, and the deliveries Telnyx reported failed since start. Never required. */
    HealthCheck check() {
        return HeySeven.check("sms", false, () -> HealthStatus.up(sender.isEmpty() ? "off"
                : "on; " + intake.failedDeliveries() + " deliveries reported failed since start"));
    }

    /** The Telnyx breaker's state for {@code /health}, when SMS is on. */
    Map<String, String> circuitBreakers() {
        return sender.map(telnyx -> Map.of("sms_sender", telnyx.breakerState())).orElse(Map.of());
    }

    @Override
    public void close() {
        for (AutoCloseable watch : keyWatches) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.warn("stopping a Telnyx key watch: {}", e.getMessage());
            }
        }
        worker.ifPresent(SmsWorker::close);
    }

    /** SMS off: opt-ins are recorded (they are evidence whatever the channel's state); sending is refused. */
    private record Off(CasinoMessages messages) implements CasinoSms {
        @Override
        public Optional<ConsentRecord> optIn(String casinoId, OptIn optIn, String actor) {
            return messages.optIn(casinoId, optIn, actor);
        }

        @Override
        public Optional<Outcome> send(String casinoId, String to, String text, String purpose, String actor) {
            throw new NotAllowedException(OFF);
        }
    }
}
