package io.sousei;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The walls between modules and feature packages, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses sousei;

    @BeforeAll
    static void importClasses() {
        sousei = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.sousei");
    }

    /** Every feature package of sousei-core, read from the module's own classes so that a new one is covered. */
    private static String[] corePackages() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/sousei-core/"))
                .importPackages("io.sousei");
        return core.stream()
                .map(c -> c.getPackageName().split("\\.")[2])
                .distinct()
                .map(feature -> "io.sousei." + feature + "..")
                .toArray(String[]::new);
    }

    @Test
    void theCoreHasItsFeaturePackages() {
        assertThat(corePackages())
                .contains(
                        "io.sousei.region..", "io.sousei.population..", "io.sousei.economy..", "io.sousei.benchmark..");
    }

    @Test
    void theCoreUsesOnlyTheJdk() {
        classes()
                .that()
                .resideInAnyPackage(corePackages())
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.sousei..", "java..")
                .check(sousei);
    }

    @Test
    void theCoreDoesNoIo() {
        noClasses()
                .that()
                .resideInAnyPackage(corePackages())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
                .check(sousei);
    }

    @Test
    void theCoreKnowsNothingOfTheOtherModules() {
        noClasses()
                .that()
                .resideInAnyPackage(corePackages())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.sousei.store..", "io.sousei.web..", "io.sousei.cli..")
                .check(sousei);
    }

    @Test
    void theStoreKnowsNothingOfTheWebOrTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("io.sousei.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.sousei.web..", "io.sousei.cli..", "io.javalin..", "picocli..")
                .check(sousei);
    }

    @Test
    void theWebReadsOnlyThroughTheCorePorts() {
        noClasses()
                .that()
                .resideInAPackage("io.sousei.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.sousei.store..", "io.sousei.cli..", "java.sql..", "org.duckdb..")
                .check(sousei);
    }

    @Test
    void everyFeatureKeepsItsInternalPackageToItself() {
        for (String feature : corePackages()) {
            String root = feature.substring(0, feature.length() - 2);
            noClasses()
                    .that()
                    .resideOutsideOfPackage(feature)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(root + ".internal..")
                    .allowEmptyShould(true)
                    .check(sousei);
        }
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.sousei.(*)..").should().beFreeOfCycles().check(sousei);
        slices().matching("io.sousei.store.(*)..").should().beFreeOfCycles().check(sousei);
    }
}
