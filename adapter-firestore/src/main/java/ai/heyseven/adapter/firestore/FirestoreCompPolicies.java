package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.CompPolicyException;
import ai.heyseven.ports.comps.CompPolicySource;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import java.util.Optional;

/**
 * Comp policies from {@code casinos/{casino}/settings/comp_policy}, read when a guest asks for a comp
 * (rarely enough that a cache would only delay a change), within the connection's deadline. An invalid
 * document is a {@link CompPolicyException}: no comp is offered from half a policy.
 */
final class FirestoreCompPolicies implements CompPolicySource {
    private final FirestoreConnection connection;
    private final Firestore db;

    FirestoreCompPolicies(FirestoreConnection connection) {
        this.connection = connection;
        this.db = connection.client();
    }

    @Override
    public Optional<CompPolicy> policy(String casinoId) {
        DocumentSnapshot document = connection.await(Paths.compPolicy(db, casinoId).get(), "reading the comp policy of " + casinoId,
                CompPolicyException::new);
        if (!document.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CompDocuments.policy(casinoId, document));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CompPolicyException("the comp policy of " + casinoId + " is invalid: " + e.getMessage(), e);
        }
    }
}
