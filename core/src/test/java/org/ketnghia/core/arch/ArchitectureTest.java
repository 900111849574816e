package org.ketnghia.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.ketnghia.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainPackagesNeverImportGuice = noClasses()
            .that().resideOutsideOfPackage("org.ketnghia.core.guice..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
            .because("only the guice package wires; domain classes work without any container");

    @ArchTest
    static final ArchRule coreNeverDependsOnAModel = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.ketnghia.livestock..", "org.ketnghia.startup..",
                    "org.ketnghia.training..", "org.ketnghia.village..", "org.ketnghia.examples..")
            .because("the core never names a pilot model");

    @ArchTest
    static final ArchRule spiDoesNotReachIntoInternals = noClasses()
            .that().resideInAPackage("org.ketnghia.core.spi..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("plugins see the host only through the SPI");
}
