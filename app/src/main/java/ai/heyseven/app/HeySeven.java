package ai.heyseven.app;

import ai.heyseven.adapter.http.ApiKeys;
import ai.heyseven.adapter.http.BuildInfo;
import ai.heyseven.adapter.http.ChatPage;
import ai.heyseven.adapter.http.DrivingPorts;
import ai.heyseven.adapter.http.HealthSources;
import ai.heyseven.adapter.http.HttpServer;
import ai.heyseven.adapter.http.HttpSettings;
import ai.heyseven.adapter.http.Monitoring;
import ai.heyseven.adapter.http.Rotating;
import ai.heyseven.adapter.http.WebhookSecret;
import ai.heyseven.adapter.local.LocalEmbedder;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.adapter.local.SeatingPlan;
import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.app.telemetry.ObservedLanguageModel;
import ai.heyseven.app.telemetry.ServiceGauges;
import ai.heyseven.core.concierge.Agent;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.core.sms.CrossChannelExclusion;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.jar.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Hey Seven: the adapters of the profile, the concierge and the server, built in order
 * and closed in reverse. {@link Main} runs one; tests start one on port 0.
 */
final class HeySeven implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeySeven.class);
    /** Query embeddings waiting for a thread before new ones are refused (the turn then retrieves by words). */
    private static final int EMBEDDER_QUEUE = 256;
    private static final Duration EMBEDDER_TIMEOUT = Duration.ofSeconds(2);

    private final HttpServer server;
    private final Concierge concierge;
    private final StateBackends state;
    private final DurableBackends durable;
    /** Everything opened before the server, in opening order; closed in reverse after it. */
    private final List<AutoCloseable> resources;
    private final Duration drainTime;

    private HeySeven(HttpServer server, Concierge concierge, StateBackends state, DurableBackends durable, List<AutoCloseable> resources,
            Duration drainTime) {
        this.server = server;
        this.drainTime = drainTime;
        this.concierge = concierge;
        this.state = state;
        this.durable = durable;
        this.resources = resources;
    }

    static HeySeven start(Settings settings) {
        return start(settings, observability(settings));
    }

    /** Starts with the given metrics and tracing (a test's in-memory span exporter); closes them when it stops. */
    static HeySeven start(Settings settings, Observability observability) {
        long started = System.nanoTime();
        List<AutoCloseable> resources = new ArrayList<>(List.of(observability));
        try {
            Backends.check(settings);
            String keysInUse = settings.effectiveApiKeys();
            Rotating<ApiKeys> apiKeys = Rotating.of(parseKeys(keysInUse));
            // a rotated key file: the keys it replaced stay valid for HEYSEVEN_SECRET_OVERLAP_SECONDS
            opened(resources, settings.apiKeys().watch(keysInUse, settings.secretRefresh(),
                    next -> apiKeys.rotateTo(parseKeys(next), settings.secretOverlap())));
            Rotating<WebhookSecret> cmsSecret = rotating(settings.cmsSecret(), settings, resources);
            boolean sms = settings.smsConfigured();
            PropertyFiles properties = settings.propertiesDir().map(PropertyFiles::fromDirectory).orElseGet(PropertyFiles::bundled);
            StartupWait wait = StartupWait.of(settings.startupWait());
            StateBackends state = opened(resources, StateBackends.open(settings, wait)).traced(observability);
            opened(resources, state.watchRedisUrl(settings));
            DurableBackends durable = opened(resources, DurableBackends.open(settings, properties, wait)).traced(observability);
            ModelBackend model = opened(resources, ModelBackend.open(settings));
            LocalEmbedder embedder = opened(resources, LocalEmbedder.load(Runtime.getRuntime().availableProcessors(), EMBEDDER_QUEUE,
                    EMBEDDER_TIMEOUT));
            // a self-exclusion in web chat reaches the numbers the guest gave, and a number linked later
            CrossChannelExclusion exclusion = new CrossChannelExclusion(durable.exclusions(), durable.consent(), durable.casinos(),
                    Clock.systemUTC());
            Concierges builder = Concierges.builder();
            if (settings.profile() == Settings.Profile.DEV) {
                // the seating plan stands in for a reservation system only in dev; prod offers the tool once one is connected
                builder.tables(SeatingPlan.standard());
            }
            Agent agent = builder
                    .turnTime(settings.turnTimeout())
                    .warmUpWait(wait.left())
                    .embedder(embedder)
                    .telemetry(observability)
                    .languageModel(new ObservedLanguageModel(model.model(), observability))
                    .knowledge(durable.knowledge())
                    .changeHashes(durable.changeHashes())
                    .auditTrail(durable.auditTrail())
                    .profiles(durable.profiles())
                    .hostCallbacks(durable.callbacks())
                    .checkpoints(state.checkpoints())
                    .casinos(durable.casinos())
                    .complianceEvents(exclusion.recording(durable.complianceEvents()))
                    .guestExclusions(durable.exclusions())
                    .feedback(durable.feedback())
                    .buildAgent();
            SmsBackend smsBackend = opened(resources, SmsBackend.open(settings, state, agent.concierge(), durable.casinos(), durable.consent(),
                    durable.auditTrail(), observability));
            List<HealthCheck> checks = new ArrayList<>(state.checks());
            checks.add(durable.check());
            checks.add(model.check());
            checks.add(smsBackend.check());
            HttpServer server = HttpServer.start(
                    new HttpSettings(settings.host(), settings.port(), apiKeys, settings.turnTimeout(), settings.heartbeat(),
                            settings.trustProxy(), cmsSecret, smsBackend.signature(), chatPage(settings, durable, resources)),
                    new DrivingPorts(agent.concierge(), agent.knowledgeUpdates(), agent.guestData(), smsBackend.intake(),
                            exclusion.linking(smsBackend.casinoSms()), agent.feedback()),
                    state.rateLimiter(), new HealthSources(checks, () -> breakers(model, smsBackend)),
                    new BuildInfo(version(), commit(settings)), new Monitoring(observability, observability::scrape));
            ServiceGauges.bind(observability.registry(), server, () -> breakers(model, smsBackend), smsBackend.intake()::failedDeliveries);
            ServiceGauges.bindStores(observability.registry(), Map.ofEntries(Map.entry("checkpoints", state.checkpoints()),
                    Map.entry("rate_limits", state.rateLimiter()), Map.entry("webhook_claims", state.idempotency()),
                    Map.entry("sms_outbox", state.smsOutbox()), Map.entry("sms_inbound_limits", state.smsInboundLimit()),
                    Map.entry("casino_configs", durable.casinos()), Map.entry("change_hashes", durable.changeHashes()),
                    Map.entry("audit_trail", durable.auditTrail()), Map.entry("compliance_events", durable.complianceEvents()),
                    Map.entry("guest_profiles", durable.profiles()), Map.entry("host_callbacks", durable.callbacks()),
                    Map.entry("feedback", durable.feedback())));
            server.markReady(true);
            LOG.info("Hey Seven {} ready in the {} profile in {} ms{}", version(), settings.profile().name().toLowerCase(Locale.ROOT),
                    (System.nanoTime() - started) / 1_000_000, sms ? ", SMS on" : "");
            return new HeySeven(server, agent.concierge(), state, durable, resources, settings.drain());
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static Observability observability(Settings settings) {
        try {
            return Observability.fromEnvironment(settings.openTelemetry());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private static <T extends AutoCloseable> T opened(List<AutoCloseable> resources, T resource) {
        resources.add(resource);
        return resource;
    }

    private static Map<String, String> breakers(ModelBackend model, SmsBackend sms) {
        Map<String, String> all = new TreeMap<>(model.circuitBreakers().get());
        all.putAll(sms.circuitBreakers());
        return all;
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {}: {}", resources.get(i).getClass().getSimpleName(), e.toString());
            }
        }
    }

    int port() {
        return server.port();
    }

    /** Every route the server answers ({@code METHOD /path}). */
    List<String> routes() {
        return server.routes();
    }

    Concierge concierge() {
        return concierge;
    }

    StateBackends state() {
        return state;
    }

    DurableBackends durable() {
        return durable;
    }

    /**
     * Stops: drains the server (readiness off, new requests refused, turns in flight finish for up
     * to {@code HEYSEVEN_DRAIN_SECONDS}, the rest ended with a {@code draining} error), stops it,
     * then closes the backends in the reverse of their opening order.
     */
    @Override
    public void close() {
        LOG.info("stopping: draining for up to {} s", drainTime.toSeconds());
        server.drain(drainTime);
        server.close();
        closeAll(resources);
        LOG.info("Hey Seven stopped");
    }

    /**
     * The chat page: each casino's own page (the picker at / in dev only), and its tokens signed with HEYSEVEN_PAGE_TOKEN_SECRET
     * (fleet-wide, rotating); without it {@code dev} signs with a random secret of this process and
     * {@code prod} issues no token (the page cannot chat).
     */
    private static ChatPage chatPage(Settings settings, DurableBackends durable, List<AutoCloseable> resources) {
        Rotating<WebhookSecret> secret = rotating(settings.pageTokenSecret(), settings, resources);
        if (secret.isEmpty() && settings.profile() == Settings.Profile.DEV) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Rotating.of(WebhookSecret.of(HexFormat.of().formatHex(random)));
            LOG.info("HEYSEVEN_PAGE_TOKEN_SECRET is not set: the chat page's tokens are good on this instance only (dev)");
        } else if (secret.isEmpty()) {
            LOG.warn("HEYSEVEN_PAGE_TOKEN_SECRET is not set: the chat pages cannot get a token, so they cannot chat");
        }
        return new ChatPage(secret, settings.pageOrigins(), durable.casinos(), settings.profile() == Settings.Profile.DEV,
                ChatPage.DEFAULT_TOKEN_LIFETIME);
    }

    /** A shared HMAC secret that rotates with its file; the one it replaced is accepted during the overlap. */
    private static Rotating<WebhookSecret> rotating(Secret secret, Settings settings, List<AutoCloseable> resources) {
        if (!secret.isPresent()) {
            return Rotating.none();
        }
        String inUse = secret.current();
        Rotating<WebhookSecret> rotating = Rotating.of(WebhookSecret.of(inUse));
        opened(resources, secret.watch(inUse, settings.secretRefresh(),
                next -> rotating.rotateTo(WebhookSecret.of(next), settings.secretOverlap())));
        return rotating;
    }

    private static ApiKeys parseKeys(String csv) {
        try {
            return ApiKeys.parse(csv);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("HEYSEVEN_API_KEYS is invalid: " + e.getMessage());
        }
    }

    static HealthCheck check(String name, boolean required, Supplier<HealthStatus> probe) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean required() {
                return required;
            }

            @Override
            public HealthStatus check() {
                return probe.get();
            }
        };
    }

    /** {@code HEYSEVEN_COMMIT} when set, else the commit stamped into the jar's manifest at build time. */
    static String commit(Settings settings) {
        if (!settings.commit().equals(Settings.UNKNOWN_COMMIT)) {
            return settings.commit();
        }
        String stamped = manifest("Heyseven-Commit");
        return stamped != null && !stamped.isBlank() ? stamped : Settings.UNKNOWN_COMMIT;
    }

    private static String manifest(String attribute) {
        try (InputStream in = HeySeven.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            return in == null ? null : new Manifest(in).getMainAttributes().getValue(attribute);
        } catch (IOException e) {
            return null;
        }
    }

    static String version() {
        String version = HeySeven.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
