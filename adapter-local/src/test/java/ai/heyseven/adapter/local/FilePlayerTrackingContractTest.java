package ai.heyseven.adapter.local;

import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.PlayerTracking;
import ai.heyseven.ports.contract.PlayerTrackingContract;
import java.util.List;

/** The sample player system, read from a comps file, runs the same contract as the Firestore one. */
class FilePlayerTrackingContractTest extends PlayerTrackingContract {
    @Override
    protected PlayerTracking trackingWith(String casinoId, List<PlayerAccount> accounts) {
        return new CompFiles().add(casinoId, "comps/" + casinoId + ".json", CompFileJson.of(casinoId, null, accounts)).players();
    }
}
