package ai.heyseven.app;

import ai.heyseven.adapter.embedding.EmbeddingCache;
import ai.heyseven.adapter.embedding.LocalEmbedder;
import ai.heyseven.adapter.http.ApiKeys;
import ai.heyseven.adapter.http.BuildInfo;
import ai.heyseven.adapter.http.CaseWebhooks;
import ai.heyseven.adapter.http.ChatPage;
import ai.heyseven.adapter.http.DeskPorts;
import ai.heyseven.adapter.http.DrivingPorts;
import ai.heyseven.adapter.http.HealthSources;
import ai.heyseven.adapter.http.HttpServer;
import ai.heyseven.adapter.http.HttpSettings;
import ai.heyseven.adapter.http.Monitoring;
import ai.heyseven.adapter.http.Rotating;
import ai.heyseven.adapter.http.WebhookSecret;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.adapter.local.SeatingPlan;
import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.app.telemetry.ModelUsage;
import ai.heyseven.app.telemetry.ObservedLanguageModel;
import ai.heyseven.app.telemetry.ServiceGauges;
import ai.heyseven.core.concierge.Agent;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.desk.CaseAlerts;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.sms.SmsInbound;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
    /** A question's embedding not asked for again in this long leaves the cache before the size bound pushes it out. */
    private static final Duration EMBEDDING_IDLE = Duration.ofHours(6);

    private final HttpServer server;
    private final Concierge concierge;
    private final StateBackends state;
    private final DurableBackends durable;
    private final CaseAlerts caseAlerts;
    /** Everything opened before the server, in opening order; closed in reverse after it. */
    private final List<AutoCloseable> resources;
    private final Duration drainTime;

    private HeySeven(HttpServer server, Concierge concierge, StateBackends state, DurableBackends durable, CaseAlerts caseAlerts,
            List<AutoCloseable> resources,
            Duration drainTime) {
        this.server = server;
        this.drainTime = drainTime;
        this.concierge = concierge;
        this.state = state;
        this.durable = durable;
        this.caseAlerts = caseAlerts;
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
            Settings.Access access = settings.access();
            String keysInUse = settings.effectiveApiKeys();
            Rotating<ApiKeys> apiKeys = Rotating.of(parseKeys(keysInUse));
            // a rotated key file: the keys it replaced stay valid for HEYSEVEN_SECRET_OVERLAP_SECONDS
            opened(resources, access.apiKeys().watch(keysInUse, access.secretRefresh(),
                    next -> apiKeys.rotateTo(parseKeys(next), access.secretOverlap())));
            Rotating<WebhookSecret> cmsSecret = rotating(access.cmsSecret(), access, resources);
            PropertyFiles properties = settings.durable().propertiesDir().map(PropertyFiles::fromDirectory)
                    .orElseGet(PropertyFiles::bundled);
            StartupWait wait = StartupWait.of(settings.server().startupWait());
            StateBackends state = opened(resources, StateBackends.open(settings, wait)).traced(observability);
            opened(resources, state.watchRedisUrl(settings));
            DurableBackends durable = opened(resources, DurableBackends.open(settings, properties, wait)).traced(observability);
            CaseAlerts caseAlerts = caseAlerts(settings, resources);
            ModelUsage usage = new ModelUsage();
            ModelBackend model = opened(resources, ModelBackend.open(settings, usage));
            LocalEmbedder localEmbedder = opened(resources, LocalEmbedder.load(Runtime.getRuntime().availableProcessors(), EMBEDDER_QUEUE,
                    EMBEDDER_TIMEOUT));
            EmbeddingCache embeddings = EmbeddingCache.of(settings.model().embeddingCacheSize(), EMBEDDING_IDLE);
            Embedder embedder = embeddings.cached(LocalEmbedder.MODEL, localEmbedder);
            SmsBackend smsBackend = opened(resources, SmsBackend.open(settings, observability));
            Concierges builder = Concierges.builder();
            if (settings.profile() == Settings.Profile.DEV) {
                // the seating plan stands in for a reservation system only in dev; prod offers the tool once one is connected
                builder.tables(SeatingPlan.standard());
            }
            Agent agent = opened(resources, builder
                    .durable(durable.ports())
                    .state(state.ports())
                    .sms(smsBackend.setup())
                    .caseAlerts(caseAlerts)
                    .turnTime(settings.server().turnTimeout())
                    .warmUpWait(wait.left())
                    .embedder(embedder)
                    .telemetry(observability)
                    .languageModel(new ObservedLanguageModel(model.model(), observability, usage, model.price()))
                    .buildAgent());
            SmsInbound smsInbound = agent.smsInbound().orElseThrow();
            List<HealthCheck> checks = List.of(state.check(), durable.check(), model.check(), smsBackend.check(smsInbound));
            Settings.Server serverSettings = settings.server();
            HttpServer server = HttpServer.start(
                    new HttpSettings(serverSettings.host(), serverSettings.port(), apiKeys, serverSettings.turnTimeout(),
                            serverSettings.heartbeat(), serverSettings.trustProxy(), cmsSecret, smsBackend.signature(),
                            chatPage(settings, durable, resources), StaffSetup.open(settings, resources))
                            .withAdmission(serverSettings.admission()),
                    new DrivingPorts(agent.concierge(), agent.knowledgeUpdates(), agent.guestData(), smsInbound,
                            agent.casinoSms().orElseThrow(), agent.feedback(),
                            agent.desk().map(desk -> new DeskPorts(desk, durable.ports().complianceEvents(), durable.ports().consentLedger()))),
                    state.ports().rateLimits(), new HealthSources(checks, () -> breakers(model, smsBackend)),
                    new BuildInfo(version(), commit(settings)), new Monitoring(observability, observability::scrape));
            ServiceGauges.bind(observability.registry(), server, () -> breakers(model, smsBackend), smsInbound::failedDeliveries);
            ServiceGauges.bindCaseAlerts(observability.registry(), caseAlerts::failures);
            Map<String, Object> ports = new LinkedHashMap<>(PortTable.byName(state.ports()));
            ports.putAll(PortTable.byName(durable.ports()));
            ports.put("query_embeddings", embeddings);
            ServiceGauges.bindStores(observability.registry(), ports);
            ServiceGauges.bindEmbeddingCache(observability.registry(), embeddings::hits, embeddings::misses);
            server.markReady(true);
            LOG.info("Hey Seven {} ready in the {} profile in {} ms{}", version(), settings.profile().name().toLowerCase(Locale.ROOT),
                    (System.nanoTime() - started) / 1_000_000, smsBackend.sender().isPresent() ? ", SMS on" : "");
            return new HeySeven(server, agent.concierge(), state, durable, caseAlerts, resources, serverSettings.drain());
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static Observability observability(Settings settings) {
        try {
            return Observability.fromEnvironment(settings.operations().openTelemetry());
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

    /** Where the desk's urgent cases are announced: the casinos' webhooks, or nobody. */
    CaseAlerts caseAlerts() {
        return caseAlerts;
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
        Rotating<WebhookSecret> secret = rotating(settings.access().pageTokenSecret(), settings.access(), resources);
        if (secret.isEmpty() && settings.profile() == Settings.Profile.DEV) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Rotating.of(WebhookSecret.of(HexFormat.of().formatHex(random)));
            LOG.info("HEYSEVEN_PAGE_TOKEN_SECRET is not set: the chat page's tokens are good on this instance only (dev)");
        } else if (secret.isEmpty()) {
            LOG.warn("HEYSEVEN_PAGE_TOKEN_SECRET is not set: the chat pages cannot get a token, so they cannot chat");
        }
        return new ChatPage(secret, settings.access().pageOrigins(), durable.ports().casinoConfigs(),
                settings.profile() == Settings.Profile.DEV, ChatPage.DEFAULT_TOKEN_LIFETIME);
    }

    /**
     * The desk's alerts of urgent cases to the webhook of each casino in HEYSEVEN_DESK_WEBHOOKS, signed with
     * HEYSEVEN_DESK_WEBHOOK_SECRET (rotating with its file); {@link CaseAlerts#NONE} when none is configured.
     */
    private static CaseAlerts caseAlerts(Settings settings, List<AutoCloseable> resources) {
        Settings.Alerts alerts = settings.alerts();
        if (!alerts.configured()) {
            return CaseAlerts.NONE;
        }
        CaseWebhooks webhooks = opened(resources, CaseWebhooks.start(alerts.deskWebhooks(),
                rotating(alerts.deskWebhookSecret(), settings.access(), resources), CaseWebhooks.Delivery.defaults()));
        LOG.info("urgent desk cases are posted to the webhooks of {}", alerts.deskWebhooks().keySet());
        return webhooks;
    }

    /** A shared HMAC secret that rotates with its file; the one it replaced is accepted during the overlap. */
    private static Rotating<WebhookSecret> rotating(Secret secret, Settings.Access access, List<AutoCloseable> resources) {
        if (!secret.isPresent()) {
            return Rotating.none();
        }
        String inUse = secret.current();
        Rotating<WebhookSecret> rotating = Rotating.of(WebhookSecret.of(inUse));
        opened(resources, secret.watch(inUse, access.secretRefresh(),
                next -> rotating.rotateTo(WebhookSecret.of(next), access.secretOverlap())));
        return rotating;
    }

    private static ApiKeys parseKeys(String csv) {
        try {
            return ApiKeys.parse(csv);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("HEYSEVEN_API_KEYS is invalid: " + e.getMessage());
        }
    }

    /** {@code HEYSEVEN_COMMIT} when set, else the commit stamped into the jar's manifest at build time. */
    static String commit(Settings settings) {
        String configured = settings.operations().commit();
        if (!configured.equals(Settings.UNKNOWN_COMMIT)) {
            return configured;
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
