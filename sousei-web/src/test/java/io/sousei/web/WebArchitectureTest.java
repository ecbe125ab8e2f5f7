package io.sousei.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.sousei.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule reads_the_warehouse_only_through_the_core_ports = noClasses()
            .that()
            .resideInAPackage("io.sousei.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.sousei.store..", "java.sql..", "javax.sql..")
            .because("the web module is wired to the core ports; the store is an implementation detail");

    @ArchTest
    static final ArchRule keeps_domain_types_out_of_the_dtos = noClasses()
            .that()
            .haveSimpleNameEndingWith("Dto")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.sousei.region..",
                    "io.sousei.indicator..",
                    "io.sousei.observation..",
                    "io.sousei.dataset..",
                    "io.sousei.text..")
            .because("DTOs are the published contract; domain values are mapped in DtoMapper");

    @ArchTest
    static final ArchRule has_no_package_cycles =
            slices().matching("io.sousei.web.(*)..").should().beFreeOfCycles();
}
