package org.ketnghia.village;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class VillageArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ketnghia.village");

    @Test
    void modelDoesNotDependOnOtherModels() {
        noClasses().that().resideInAPackage("org.ketnghia.village..").should().dependOnClassesThat()
                .resideInAnyPackage("org.ketnghia.livestock..", "org.ketnghia.startup..", "org.ketnghia.training..",
                        "org.ketnghia.examples..")
                .check(CLASSES);
    }

    @Test
    void onlyTheGuicePackageImportsGuice() {
        noClasses().that().resideOutsideOfPackage("org.ketnghia.village.guice..").should().dependOnClassesThat()
                .resideInAPackage("com.google.inject..").check(CLASSES);
    }
}
