package ai.heyseven.adapter.firestore;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.CompPolicyException;
import ai.heyseven.ports.comps.CompPolicySource;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.PlayerTracking;
import ai.heyseven.ports.comps.PlayerTrackingException;
import ai.heyseven.ports.contract.CompPolicySourceContract;
import ai.heyseven.ports.contract.PlayerTrackingContract;
import com.google.cloud.firestore.Firestore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The player system and comp policies against Google's Firestore emulator: the documents written as the
 * casino's integration writes them ({@link CompDocuments}), read through the adapters, and an invalid
 * document refused as a backend failure rather than read in part.
 */
class FirestoreCompsIT {
    @RegisterExtension
    static final FirestoreExtension FIRESTORE = new FirestoreExtension();

    private static Firestore db() {
        return FIRESTORE.connection().client();
    }

    @Nested
    class Players extends PlayerTrackingContract {
        @Override
        protected PlayerTracking trackingWith(String casinoId, List<PlayerAccount> accounts) {
            for (PlayerAccount account : accounts) {
                FIRESTORE.connection().await(Paths.player(db(), casinoId, account.guestId()).set(CompDocuments.write(account)),
                        "seeding a player", PlayerTrackingException::new);
            }
            return new FirestorePlayerTracking(FIRESTORE.connection());
        }
    }

    @Nested
    class Policies extends CompPolicySourceContract {
        @Override
        protected CompPolicySource sourceWith(CompPolicy policy) {
            FIRESTORE.connection().await(Paths.compPolicy(db(), policy.casinoId()).set(CompDocuments.write(policy)),
                    "seeding a comp policy", CompPolicyException::new);
            return new FirestoreCompPolicies(FIRESTORE.connection());
        }
    }

    @Test
    void anInvalidPolicyIsABackendFailureNamingTheDocument() {
        String casino = "invalid-" + System.nanoTime();
        FIRESTORE.connection().await(Paths.compPolicy(db(), casino).set(Map.of("currency", "USD", "approval_above", 300,
                "occasion_multipliers", Map.of("anniversary", 125))), "seeding an invalid policy", CompPolicyException::new);

        CompPolicyException failure = assertThrows(CompPolicyException.class,
                () -> new FirestoreCompPolicies(FIRESTORE.connection()).policy(casino));

        assertTrue(failure.getMessage().contains("anniversary"), failure.getMessage());
    }

    @Test
    void anAccountWithoutATierIsABackendFailure() {
        String casino = "invalid-" + System.nanoTime();
        FIRESTORE.connection().await(Paths.player(db(), casino, "guest-x").set(Map.of("average_daily_theoretical", 10)),
                "seeding an invalid account", PlayerTrackingException::new);

        assertThrows(PlayerTrackingException.class, () -> new FirestorePlayerTracking(FIRESTORE.connection()).account(casino, "guest-x"));
    }
}
