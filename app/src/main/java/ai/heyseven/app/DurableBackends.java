package ai.heyseven.app;

import ai.heyseven.adapter.firestore.FirestoreAuditTrail;
import ai.heyseven.adapter.firestore.FirestoreCasinoConfigs;
import ai.heyseven.adapter.firestore.FirestoreChangeHashStore;
import ai.heyseven.adapter.firestore.FirestoreComplianceEvents;
import ai.heyseven.adapter.firestore.FirestoreConnection;
import ai.heyseven.adapter.firestore.FirestoreConsentLedger;
import ai.heyseven.adapter.firestore.FirestoreFeedbackStore;
import ai.heyseven.adapter.firestore.FirestoreGuestExclusions;
import ai.heyseven.adapter.firestore.FirestoreGuestProfiles;
import ai.heyseven.adapter.firestore.FirestoreHealthCheck;
import ai.heyseven.adapter.firestore.FirestoreHostCallbacks;
import ai.heyseven.adapter.firestore.FirestoreKnowledgeStore;
import ai.heyseven.adapter.firestore.FirestoreSettings;
import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.adapter.local.InMemoryChangeHashStore;
import ai.heyseven.adapter.local.InMemoryComplianceEvents;
import ai.heyseven.adapter.local.InMemoryConsentLedger;
import ai.heyseven.adapter.local.InMemoryFeedbackStore;
import ai.heyseven.adapter.local.InMemoryGuestExclusions;
import ai.heyseven.adapter.local.InMemoryGuestProfiles;
import ai.heyseven.adapter.local.InMemoryHostCallbacks;
import ai.heyseven.adapter.local.InMemoryKnowledgeStore;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.app.telemetry.TracedPort;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.health.HealthStatus;
import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.tools.HostCallbacks;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable memory of the fleet: casino configuration, knowledge with its change hashes, guest
 * profiles, host call-back requests, the SMS consent ledger, guests' exclusions with their linked numbers, guests' ratings, the audit trail and compliance events. All in Firestore when
 * {@code FIRESTORE_PROJECT_ID} is set (probed before the server starts), all in bounded process
 * memory otherwise ({@code dev} only). Never a mix, never a switch at run time. The change hashes
 * always sit beside the knowledge they describe: a hash that outlived its item would make the CMS's
 * resent update look unchanged and keep the old text forever.
 */
record DurableBackends(
        CasinoConfigSource casinos,
        KnowledgeStore knowledge,
        ChangeHashStore changeHashes,
        AuditTrail auditTrail,
        ComplianceEvents complianceEvents,
        GuestProfileStore profiles,
        HostCallbacks callbacks,
        ConsentLedger consent,
        GuestExclusions exclusions,
        FeedbackStore feedback,
        HealthCheck check,
        List<AutoCloseable> closing) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DurableBackends.class);
    private static final String FIRESTORE = "firestore";
    /** Items a local store holds at most, over all properties. */
    static final int MAX_LOCAL_ITEMS = 50_000;
    private static final int MAX_LOCAL_ENTRIES = 10_000;
    private static final int MAX_LOCAL_PROFILES = 100_000;
    /** How long an instance keeps a casino's knowledge version before reading it again. */
    private static final Duration KNOWLEDGE_VERSION_REFRESH = Duration.ofSeconds(1);

    /**
     * The same backends, with every Firestore call measured and traced — but for the casino
     * configuration, which is read from its cache on every turn. In-memory stores are left as they are.
     */
    DurableBackends traced(Observability observability) {
        if (closing.isEmpty()) {
            return this;
        }
        return new DurableBackends(casinos,
                TracedPort.of(KnowledgeStore.class, knowledge, FIRESTORE, observability),
                TracedPort.of(ChangeHashStore.class, changeHashes, FIRESTORE, observability),
                TracedPort.of(AuditTrail.class, auditTrail, FIRESTORE, observability),
                TracedPort.of(ComplianceEvents.class, complianceEvents, FIRESTORE, observability),
                TracedPort.of(GuestProfileStore.class, profiles, FIRESTORE, observability),
                TracedPort.of(HostCallbacks.class, callbacks, FIRESTORE, observability),
                TracedPort.of(ConsentLedger.class, consent, FIRESTORE, observability),
                TracedPort.of(GuestExclusions.class, exclusions, FIRESTORE, observability),
                TracedPort.of(FeedbackStore.class, feedback, FIRESTORE, observability),
                check, closing);
    }

    static DurableBackends open(Settings settings, PropertyFiles properties, StartupWait wait) {
        return settings.firestoreProjectId().map(project -> firestore(settings, project, properties, wait))
                .orElseGet(() -> local(settings, properties));
    }

    private static DurableBackends local(Settings settings, PropertyFiles properties) {
        InMemoryKnowledgeStore store = InMemoryKnowledgeStore.seededFrom(properties, MAX_LOCAL_ITEMS);
        String source = describe(settings);
        LOG.info("dev profile without FIRESTORE_PROJECT_ID: configuration and knowledge from the {}, profiles and records in bounded "
                + "process memory; CMS changes and profiles last until this process stops", source);
        HealthCheck check = HeySeven.check("knowledge", true, () -> HealthStatus.up("in-memory, seeded from the " + source + ": "
                + properties.all().size() + " casinos"));
        return new DurableBackends(properties, store, new InMemoryChangeHashStore(MAX_LOCAL_ITEMS), new InMemoryAuditTrail(MAX_LOCAL_ENTRIES),
                new InMemoryComplianceEvents(MAX_LOCAL_ENTRIES), new InMemoryGuestProfiles(MAX_LOCAL_PROFILES),
                new InMemoryHostCallbacks(MAX_LOCAL_ENTRIES), new InMemoryConsentLedger(MAX_LOCAL_PROFILES),
                new InMemoryGuestExclusions(MAX_LOCAL_PROFILES),
                new InMemoryFeedbackStore(MAX_LOCAL_ENTRIES), check, List.of());
    }

    private static DurableBackends firestore(Settings settings, String project, PropertyFiles properties, StartupWait wait) {
        FirestoreSettings firestoreSettings = new FirestoreSettings(project, settings.firestoreDatabase(), settings.firestoreEmulatorHost(),
                settings.firestoreTimeout(), settings.configRefresh());
        FirestoreConnection connection = FirestoreConnection.open(firestoreSettings);
        FirestoreCasinoConfigs casinos = new FirestoreCasinoConfigs(connection);
        try {
            FirestoreKnowledgeStore knowledge = new FirestoreKnowledgeStore(connection, KNOWLEDGE_VERSION_REFRESH);
            wait.until("Firestore (" + firestoreSettings.describe() + ")", () -> {
                connection.ping();
                if (settings.profile() == Settings.Profile.DEV) {
                    seed(properties, casinos, knowledge, describe(settings));
                } else {
                    reportMissing(properties, casinos, firestoreSettings);
                }
            });
            LOG.info("configuration, knowledge, profiles and records in Firestore ({})", firestoreSettings.describe());
            return new DurableBackends(casinos, knowledge, new FirestoreChangeHashStore(connection), new FirestoreAuditTrail(connection),
                    new FirestoreComplianceEvents(connection), new FirestoreGuestProfiles(connection), new FirestoreHostCallbacks(connection),
                    new FirestoreConsentLedger(connection), new FirestoreGuestExclusions(connection), new FirestoreFeedbackStore(connection), new FirestoreHealthCheck(connection, casinos),
                    List.of(casinos, connection));
        } catch (BackendException e) {
            casinos.close();
            connection.close();
            throw new ConfigurationException("FIRESTORE_PROJECT_ID: " + e.getMessage());
        }
    }

    /**
     * Writes each property that Firestore lacks: its items first, its configuration last, so a
     * casino is known only once its knowledge is there. Idempotent, and safe when two instances
     * start at once: both may write the same items; one creates the configuration.
     */
    private static void seed(PropertyFiles properties, FirestoreCasinoConfigs casinos, KnowledgeStore knowledge, String source) {
        for (CasinoConfig casino : properties.all()) {
            if (casinos.find(casino.id()).isPresent()) {
                continue;
            }
            List<KnowledgeItem> items = properties.items(casino.id());
            items.forEach(item -> knowledge.upsert(item, Optional.empty()));
            if (casinos.createIfAbsent(casino)) {
                LOG.info("seeded {} into Firestore from the {}: its configuration and {} items", casino.id(), source, items.size());
            }
        }
    }

    /** {@code prod} never seeds: it names what is missing and starts with what is there. */
    private static void reportMissing(PropertyFiles properties, FirestoreCasinoConfigs casinos, FirestoreSettings settings) {
        List<CasinoConfig> configured = casinos.all();
        if (configured.isEmpty()) {
            LOG.error("no casino is configured in Firestore ({}): add casinos/{{casino_id}} documents (docs/data-model.md); "
                    + "every chat is refused as an unknown casino until then", settings.describe());
        } else {
            LOG.info("{} casinos configured in Firestore: {}", configured.size(), configured.stream().map(CasinoConfig::id).toList());
        }
    }

    private static String describe(Settings settings) {
        return settings.propertiesDir().map(dir -> "property files in " + dir).orElse("bundled sample properties");
    }

    @Override
    public void close() {
        for (AutoCloseable resource : closing) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
