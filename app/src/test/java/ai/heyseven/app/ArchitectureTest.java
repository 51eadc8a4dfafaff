package ai.heyseven.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The modules keep the rules of docs/contract.md §1")
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("ai.heyseven");
    }

    @Test
    void importsEveryModule() {
        for (String root : new String[] {"ports", "core", "adapter.local", "adapter.http", "app"}) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    production.stream().anyMatch(c -> c.getPackageName().startsWith("ai.heyseven." + root)),
                    "no classes of ai.heyseven." + root + " were imported");
        }
    }

    @Test
    void portsDependOnlyOnTheJdk() {
        ArchitectureRules.PORTS_NEED_ONLY_THE_JDK.check(production);
    }

    @Test
    void coreDependsOnlyOnPortsAndSlf4j() {
        ArchitectureRules.CORE_NEEDS_ONLY_PORTS_AND_SLF4J.check(production);
    }

    @Test
    void outsideCoreOnlyItsApiIsNamed() {
        ArchitectureRules.OUTSIDE_CORE_ONLY_ITS_API.check(production);
    }

    @Test
    void adaptersNeverDependOnCore() {
        ArchitectureRules.ADAPTERS_NEVER_SEE_CORE.check(production);
    }

    @Test
    void adaptersNeverDependOnEachOther() {
        ArchitectureRules.ADAPTERS_NEVER_SEE_EACH_OTHER.check(production);
    }

    @Test
    void onlyAppDependsOnAdapters() {
        ArchitectureRules.ONLY_APP_SEES_ADAPTERS.check(production);
    }

    @Test
    void eachAdapterUsesOnlyTheLibrariesOfItsConcern() {
        for (ArchRule rule : ArchitectureRules.ADAPTER_LIBRARIES) {
            rule.check(production);
        }
    }
}
