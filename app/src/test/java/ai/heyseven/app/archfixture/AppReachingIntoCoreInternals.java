package ai.heyseven.app.archfixture;

import ai.heyseven.core.knowledge.KnowledgeIndex;

/** A deliberate violation, imported only by ArchitectureRulesBiteTest: outside core, only core's API may be named. */
public final class AppReachingIntoCoreInternals {
    public int identify(KnowledgeIndex index) {
        return index.hashCode();
    }
}
