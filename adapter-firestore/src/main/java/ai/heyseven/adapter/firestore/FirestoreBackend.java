package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.DurablePorts;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.CompPolicyException;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.PlayerTrackingException;
import ai.heyseven.ports.health.HealthCheck;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fleet's durable memory in one Firestore database: every port of {@link DurablePorts} over one
 * client, its health check and the seeding of missing casinos. The only type of this module an
 * application needs besides its settings; the adapters behind it are this package's own.
 */
public final class FirestoreBackend implements AutoCloseable {
    private final FirestoreConnection connection;
    private final FirestoreCasinoConfigs casinos;
    private final DurablePorts ports;

    private FirestoreBackend(FirestoreConnection connection, FirestoreCasinoConfigs casinos, DurablePorts ports) {
        this.connection = connection;
        this.casinos = casinos;
        this.ports = ports;
    }

    /**
     * Builds the client and the ports over it; reads nothing yet (see {@link #ping()}).
     *
     * @param knowledgeRefresh how long an instance keeps a casino's knowledge version before reading it again
     */
    public static FirestoreBackend open(FirestoreSettings settings, Duration knowledgeRefresh) {
        FirestoreConnection connection = FirestoreConnection.open(settings);
        FirestoreCasinoConfigs casinos = new FirestoreCasinoConfigs(connection);
        return new FirestoreBackend(connection, casinos, new DurablePorts(
                casinos,
                new FirestoreKnowledgeStore(connection, knowledgeRefresh),
                new FirestoreChangeHashStore(connection),
                new FirestoreAuditTrail(connection),
                new FirestoreComplianceEvents(connection),
                new FirestoreGuestProfiles(connection),
                new FirestoreHostCallbacks(connection),
                new FirestoreConsentLedger(connection),
                new FirestoreGuestExclusions(connection),
                new FirestoreFeedbackStore(connection),
                new FirestoreCaseStore(connection),
                new FirestorePlayerTracking(connection),
                new FirestoreCompPolicies(connection)));
    }

    public DurablePorts ports() {
        return ports;
    }

    /** Whether Firestore answers and every casino's configuration is valid, for {@code /health}. */
    public HealthCheck check() {
        return new FirestoreHealthCheck(connection, casinos);
    }

    /**
     * One small read within the deadline.
     *
     * @throws FirestoreUnavailableException when Firestore does not answer in time
     */
    public void ping() {
        connection.ping();
    }

    /**
     * Writes each of {@code casinos} that Firestore lacks: its items first, its configuration last,
     * so a casino is known only once its knowledge is there. Idempotent, and safe when two instances
     * seed at once: both may write the same items; one creates the configuration.
     *
     * @return the casinos this call created
     */
    public List<String> seedMissing(List<CasinoConfig> candidates, Function<String, List<KnowledgeItem>> items) {
        List<String> created = new ArrayList<>();
        for (CasinoConfig casino : candidates) {
            if (casinos.find(casino.id()).isPresent()) {
                continue;
            }
            items.apply(casino.id()).forEach(item -> ports.knowledge().upsert(item, Optional.empty()));
            if (casinos.createIfAbsent(casino)) {
                created.add(casino.id());
            }
        }
        return created;
    }

    /**
     * Writes a casino's comp policy and player accounts as its integration would ({@code dev} seeding of
     * the sample comps files; {@code docs/comps.md}). Overwrites: the files are the samples' truth.
     */
    public void seedComps(String casinoId, Optional<CompPolicy> policy, List<PlayerAccount> accounts) {
        var db = connection.client();
        policy.ifPresent(known -> connection.await(Paths.compPolicy(db, casinoId).set(CompDocuments.write(known)),
                "seeding the comp policy of " + casinoId, CompPolicyException::new));
        for (PlayerAccount account : accounts) {
            connection.await(Paths.player(db, casinoId, account.guestId()).set(CompDocuments.write(account)),
                    "seeding a player account of " + casinoId, PlayerTrackingException::new);
        }
    }

    @Override
    public void close() {
        casinos.close();
        connection.close();
    }
}
