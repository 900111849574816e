package org.ketnghia.startup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The start-up model depends on the core only, and only its guice package wires. */
@AnalyzeClasses(packages = "org.ketnghia.startup", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherModel = noClasses().that().resideInAPackage("org.ketnghia.startup..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ketnghia.livestock..", "org.ketnghia.training..",
                    "org.ketnghia.village..", "org.ketnghia.examples..")
            .because("no model module depends on another model module");

    @ArchTest
    static final ArchRule onlyGuiceWires = noClasses().that().resideOutsideOfPackage("org.ketnghia.startup.guice..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
            .because("domain classes work without any container");
}
