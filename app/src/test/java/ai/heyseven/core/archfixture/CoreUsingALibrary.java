package ai.heyseven.core.archfixture;

import com.github.benmanes.caffeine.cache.Caffeine;

/** A deliberate violation, imported only by ArchitectureRulesBiteTest: core must not use a third-party library. */
public final class CoreUsingALibrary {
    public Object cache() {
        return Caffeine.newBuilder().maximumSize(1).build();
    }
}
