package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.http.archfixture.AdapterReachingIntoCore;
import ai.heyseven.app.archfixture.AppReachingIntoCoreInternals;
import ai.heyseven.core.archfixture.CoreReachingIntoAnAdapter;
import ai.heyseven.core.archfixture.CoreUsingALibrary;
import ai.heyseven.ports.archfixture.PortLeakingALibraryType;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The architecture rules fail on a violation")
class ArchitectureRulesBiteTest {

    private static void assertViolates(ArchRule rule, Class<?> offender) {
        JavaClasses classes = new ClassFileImporter().importClasses(offender);
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(classes));
        assertTrue(error.getMessage().contains(offender.getSimpleName()), error.getMessage());
    }

    @Test
    void aCoreClassImportingAnAdapterFails() {
        assertViolates(ArchitectureRules.CORE_NEEDS_ONLY_PORTS_AND_SLF4J, CoreReachingIntoAnAdapter.class);
        assertViolates(ArchitectureRules.ONLY_APP_SEES_ADAPTERS, CoreReachingIntoAnAdapter.class);
    }

    @Test
    void aCoreClassImportingAThirdPartyTypeFails() {
        assertViolates(ArchitectureRules.CORE_NEEDS_ONLY_PORTS_AND_SLF4J, CoreUsingALibrary.class);
    }

    @Test
    void aPortWithALibraryTypeInItsSignatureFails() {
        assertViolates(ArchitectureRules.PORTS_NEED_ONLY_THE_JDK, PortLeakingALibraryType.class);
    }

    @Test
    void theLauncherNamingACoreInternalFails() {
        assertViolates(ArchitectureRules.OUTSIDE_CORE_ONLY_ITS_API, AppReachingIntoCoreInternals.class);
    }

    @Test
    void anAdapterImportingCoreFails() {
        assertViolates(ArchitectureRules.ADAPTERS_NEVER_SEE_CORE, AdapterReachingIntoCore.class);
    }
}
