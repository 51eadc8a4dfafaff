package ai.heyseven.app;

import ai.heyseven.adapter.firestore.FirestoreBackend;
import ai.heyseven.adapter.firestore.FirestoreSettings;
import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.DurablePorts;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.health.HealthCheck;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable memory of the fleet ({@link DurablePorts}). All in Firestore when
 * {@code FIRESTORE_PROJECT_ID} is set (probed before the server starts), all in bounded process
 * memory otherwise ({@code dev} only). Never a mix, never a switch at run time. The change hashes
 * always sit beside the knowledge they describe: a hash that outlived its item would make the CMS's
 * resent update look unchanged and keep the old text forever.
 */
record DurableBackends(DurablePorts ports, HealthCheck check, Optional<FirestoreBackend> firestore) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DurableBackends.class);
    /** How long an instance keeps a casino's knowledge version before reading it again. */
    private static final Duration KNOWLEDGE_VERSION_REFRESH = Duration.ofSeconds(1);

    /**
     * The same backends, with every Firestore call measured and traced — but for the casino
     * configuration, which is read from its cache on every turn. In-memory stores are left as they are.
     */
    DurableBackends traced(Observability observability) {
        return firestore.isEmpty() ? this : new DurableBackends(PortTable.traced(ports, "firestore", observability), check, firestore);
    }

    static DurableBackends open(Settings settings, PropertyFiles properties, StartupWait wait) {
        return settings.durable().firestoreProjectId().map(project -> firestore(settings, project, properties, wait))
                .orElseGet(() -> local(settings, properties));
    }

    private static DurableBackends local(Settings settings, PropertyFiles properties) {
        String source = describe(settings);
        LOG.info("dev profile without FIRESTORE_PROJECT_ID: configuration and knowledge from the {}, profiles and records in bounded "
                + "process memory; CMS changes and profiles last until this process stops", source);
        LocalBackends.Local<DurablePorts> local = LocalBackends.durable(properties, source);
        return new DurableBackends(local.ports(), local.check(), Optional.empty());
    }

    private static DurableBackends firestore(Settings settings, String project, PropertyFiles properties, StartupWait wait) {
        Settings.Durable durable = settings.durable();
        FirestoreSettings firestoreSettings = new FirestoreSettings(project, durable.firestoreDatabase(), durable.firestoreEmulatorHost(),
                durable.firestoreTimeout(), durable.configRefresh());
        FirestoreBackend firestore = FirestoreBackend.open(firestoreSettings, KNOWLEDGE_VERSION_REFRESH);
        try {
            wait.until("Firestore (" + firestoreSettings.describe() + ")", () -> {
                firestore.ping();
                if (settings.profile() == Settings.Profile.DEV) {
                    // a casino's comps before its configuration, as its items: once known, it offers what its file says
                    properties.all().stream().map(CasinoConfig::id).filter(id -> firestore.ports().casinoConfigs().find(id).isEmpty())
                            .forEach(id -> firestore.seedComps(id, properties.compPolicies().policy(id), properties.playerAccounts(id)));
                    firestore.seedMissing(properties.all(), properties::items).forEach(id -> LOG.info(
                            "seeded {} into Firestore from the {}: its configuration, {} items and {} player accounts", id,
                            describe(settings), properties.items(id).size(), properties.playerAccounts(id).size()));
                } else {
                    reportMissing(firestore.ports(), firestoreSettings);
                }
            });
            LOG.info("configuration, knowledge, profiles and records in Firestore ({})", firestoreSettings.describe());
            return new DurableBackends(firestore.ports(), firestore.check(), Optional.of(firestore));
        } catch (BackendException e) {
            firestore.close();
            throw new ConfigurationException("FIRESTORE_PROJECT_ID: " + e.getMessage());
        }
    }

    /** {@code prod} never seeds: it names what is missing and starts with what is there. */
    private static void reportMissing(DurablePorts ports, FirestoreSettings settings) {
        List<CasinoConfig> configured = ports.casinoConfigs().all();
        if (configured.isEmpty()) {
            LOG.error("no casino is configured in Firestore ({}): add casinos/{{casino_id}} documents (docs/data-model.md); "
                    + "every chat is refused as an unknown casino until then", settings.describe());
        } else {
            LOG.info("{} casinos configured in Firestore: {}", configured.size(), configured.stream().map(CasinoConfig::id).toList());
        }
    }

    private static String describe(Settings settings) {
        return settings.durable().propertiesDir().map(dir -> "property files in " + dir).orElse("bundled sample properties");
    }

    @Override
    public void close() {
        firestore.ifPresent(FirestoreBackend::close);
    }
}
