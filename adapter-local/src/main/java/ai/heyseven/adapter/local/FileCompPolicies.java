package ai.heyseven.adapter.local;

import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.CompPolicySource;
import java.util.Map;
import java.util.Optional;

/** Comp policies read once from the casinos' comps files ({@link CompFiles}): read-only, as the casino's marketing owns them. */
final class FileCompPolicies implements CompPolicySource {
    private final Map<String, CompPolicy> byCasino;

    FileCompPolicies(Map<String, CompPolicy> byCasino) {
        this.byCasino = Map.copyOf(byCasino);
    }

    @Override
    public Optional<CompPolicy> policy(String casinoId) {
        return Optional.ofNullable(byCasino.get(casinoId));
    }
}
