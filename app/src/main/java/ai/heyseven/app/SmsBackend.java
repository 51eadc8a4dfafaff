package ai.heyseven.app;

import ai.heyseven.adapter.http.Rotating;
import ai.heyseven.adapter.http.TelnyxSignature;
import ai.heyseven.adapter.local.DoNotContactFile;
import ai.heyseven.adapter.phone.PhoneNumberZones;
import ai.heyseven.adapter.telnyx.TelnyxSender;
import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.app.telemetry.TracedPort;
import ai.heyseven.core.sms.SmsSetup;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import ai.heyseven.ports.sms.DoNotContact;
import ai.heyseven.ports.sms.SmsInbound;
import ai.heyseven.ports.sms.SmsSender;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel: on when both Telnyx keys are set (one without the other stops the start), off
 * otherwise — then the webhook refuses every call and casino-started messages are refused (opt-ins
 * are still recorded). On: the webhook claims and queues (in Redis with {@code REDIS_URL}, else in
 * memory), and one worker per instance answers through Telnyx and sends held messages when quiet
 * hours end. This record is what the launcher gives the core's builder ({@link #setup}) and the
 * server (the signature check), and the key watches it stops.
 */
record SmsBackend(SmsSetup setup, Rotating<TelnyxSignature> signature, Optional<TelnyxSender> sender, List<AutoCloseable> keyWatches)
        implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmsBackend.class);
    static final URI TELNYX_API = URI.create("https://api.telnyx.com");
    private static final String OFF = "SMS is off on this server (TELNYX_PUBLIC_KEY and TELNYX_API_KEY are not set)";

    static SmsBackend open(Settings settings, Observability observability) {
        Settings.Sms sms = settings.sms();
        DoNotContact doNotContact = doNotContact(sms);
        if (!sms.configured()) {
            LOG.info("SMS is off: TELNYX_PUBLIC_KEY and TELNYX_API_KEY are not set");
            return new SmsBackend(setup(sms, Optional.empty(), doNotContact), Rotating.none(), Optional.empty(), List.of());
        }
        Duration refresh = settings.access().secretRefresh();
        String publicKey = sms.telnyxPublicKey().current();
        Rotating<TelnyxSignature> signature = Rotating.of(signature(publicKey, sms.telnyxPublicKey().source()));
        URI base = sms.telnyxBaseUrl().orElse(TELNYX_API);
        String apiKey = sms.telnyxApiKey().current();
        TelnyxSender sender = TelnyxSender.of(base, apiKey);
        // a rotated public key: deliveries signed with the old one are still accepted during the overlap
        List<AutoCloseable> keyWatches = List.of(
                sms.telnyxPublicKey().watch(publicKey, refresh,
                        next -> signature.rotateTo(signature(next, sms.telnyxPublicKey().source()), settings.access().secretOverlap())),
                sms.telnyxApiKey().watch(apiKey, refresh, sender::rotateTo));
        SmsSender telnyx = TracedPort.of(SmsSender.class, sender, "telnyx", observability);
        LOG.info("SMS is on: Telnyx at {}, replies of at most {} segments, {} inbound texts per number per minute", base.getHost(),
                sms.maxSegments(), sms.inboundPerMinute());
        return new SmsBackend(setup(sms, Optional.of(telnyx), doNotContact), signature, Optional.of(sender), keyWatches);
    }

    private static SmsSetup setup(Settings.Sms sms, Optional<SmsSender> sender, DoNotContact doNotContact) {
        return new SmsSetup(sender, OFF, new PhoneNumberZones(), doNotContact, sms.maxSegments(), sms.dailyCap(), sms.takeover());
    }

    private static TelnyxSignature signature(String base64Key, String variable) {
        try {
            return TelnyxSignature.of(base64Key, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(variable + ": " + e.getMessage());
        }
    }

    private static DoNotContact doNotContact(Settings.Sms sms) {
        try {
            return sms.doNotContactFile().<DoNotContact>map(DoNotContactFile::read).orElseGet(DoNotContactFile::empty);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("HEYSEVEN_DO_NOT_CONTACT_FILE: " + e.getMessage());
        }
    }

    /** What {@code /health} says of SMS: on or off, and the deliveries Telnyx reported failed since start. Never required. */
    HealthCheck check(SmsInbound inbound) {
        return HealthCheck.of("sms", false, () -> HealthStatus.up(sender.isEmpty() ? "off"
                : "on; " + inbound.failedDeliveries() + " deliveries reported failed since start"));
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
    }
}
