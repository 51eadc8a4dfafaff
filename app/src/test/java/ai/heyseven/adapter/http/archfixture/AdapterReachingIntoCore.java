package ai.heyseven.adapter.http.archfixture;

import ai.heyseven.core.concierge.Concierges;

/** A deliberate violation, imported only by ArchitectureRulesBiteTest: an adapter must not see core. */
public final class AdapterReachingIntoCore {
    public Object router() {
        return Concierges.keywordRouter();
    }
}
