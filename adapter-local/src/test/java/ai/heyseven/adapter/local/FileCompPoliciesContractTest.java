package ai.heyseven.adapter.local;

import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.CompPolicySource;
import ai.heyseven.ports.contract.CompPolicySourceContract;
import java.util.List;

/** Comp policies read from a comps file run the same contract as the Firestore ones. */
class FileCompPoliciesContractTest extends CompPolicySourceContract {
    @Override
    protected CompPolicySource sourceWith(CompPolicy policy) {
        return new CompFiles().add(policy.casinoId(), "comps/" + policy.casinoId() + ".json",
                CompFileJson.of(policy.casinoId(), policy, List.of())).policies();
    }
}
