package io.sousei.economy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The economy engines are pure: JDK only, no I/O, and their internals stay inside the feature. */
class EconomyArchitectureTest {

    static final JavaClasses ECONOMY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.sousei");

    @Test
    void usesOnlyTheJdkAndTheCore() {
        classes()
                .that()
                .resideInAPackage("io.sousei.economy..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.sousei..", "java..")
                .check(ECONOMY);
    }

    @Test
    void doesNoIo() {
        noClasses()
                .that()
                .resideInAPackage("io.sousei.economy..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
                .check(ECONOMY);
    }

    @Test
    void keepsItsAlgorithmsInternal() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.sousei.economy..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.sousei.economy.internal..")
                .check(ECONOMY);
    }
}
