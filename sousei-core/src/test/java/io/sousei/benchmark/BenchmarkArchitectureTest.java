package io.sousei.benchmark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The benchmarking engines are pure: JDK only, no I/O, and their internals stay inside the feature. */
class BenchmarkArchitectureTest {

    static final JavaClasses POPULATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.sousei");

    @Test
    void usesOnlyTheJdkAndTheCore() {
        classes()
                .that()
                .resideInAPackage("io.sousei.benchmark..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.sousei..", "java..")
                .check(POPULATION);
    }

    @Test
    void doesNoIo() {
        noClasses()
                .that()
                .resideInAPackage("io.sousei.benchmark..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
                .check(POPULATION);
    }

    @Test
    void keepsItsAlgorithmsInternal() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.sousei.benchmark..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.sousei.benchmark.internal..")
                .check(POPULATION);
    }
}
