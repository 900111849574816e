package org.ketnghia.training.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ketnghia.training");

    @Test
    void theModelDependsOnNoOtherModel() {
        noClasses().that().resideInAPackage("org.ketnghia.training..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ketnghia.livestock..", "org.ketnghia.startup..",
                        "org.ketnghia.village..", "org.ketnghia.examples..")
                .check(CLASSES);
    }

    @Test
    void onlyTheGuicePackageImportsGuice() {
        noClasses().that().resideOutsideOfPackage("org.ketnghia.training.guice..")
                .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("org.ketnghia.training.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
