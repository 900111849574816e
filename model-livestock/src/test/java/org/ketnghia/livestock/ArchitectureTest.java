package org.ketnghia.livestock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module depends on the core only, and only its guice package imports Guice. */
@AnalyzeClasses(packages = "org.ketnghia.livestock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherModel = noClasses().that().resideInAPackage("org.ketnghia.livestock..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ketnghia.startup..", "org.ketnghia.training..",
                    "org.ketnghia.village..");

    @ArchTest
    static final ArchRule onlyGuicePackageImportsGuice = noClasses().that().resideOutsideOfPackage("..guice..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

    @ArchTest
    static final ArchRule coreTestingIsNotUsedInMainCode = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.ketnghia.core.testing..");
}
