package ai.heyseven.core.archfixture;

import ai.heyseven.adapter.local.InMemoryCheckpointStore;
import java.time.Duration;

/** A deliberate violation, imported only by ArchitectureRulesBiteTest: core must not see an adapter. */
public final class CoreReachingIntoAnAdapter {
    public Object store() {
        return new InMemoryCheckpointStore(1, Duration.ofMinutes(1));
    }
}
