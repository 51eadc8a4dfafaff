package ai.heyseven.ports.comps;

import java.util.Optional;

/**
 * Where each casino's comp policy comes from: files beside the sample properties in {@code dev}, the
 * casino's document in Firestore in {@code prod}. Kept apart from the casino configuration: the
 * casino's marketing changes it on its own schedule.
 */
public interface CompPolicySource {

    /**
     * The comp policy of {@code casinoId}; empty when the casino offers no comps through the agent.
     *
     * @throws CompPolicyException when it could not be read in its timeout
     */
    Optional<CompPolicy> policy(String casinoId);
}
