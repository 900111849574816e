package org.ketnghia.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package rules: Guice only in {@code ..guice..}; the third-party model uses the SPI, never the other models or the app. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ketnghia.examples");

    @Test
    void onlyGuicePackages_importGuice() {
        noClasses().that().resideOutsideOfPackage("..guice..").should().dependOnClassesThat()
                .resideInAPackage("com.google.inject..").check(CLASSES);
    }

    @Test
    void cleanWaterModel_dependsOnlyOnTheSpi_notOnOtherModelsOrTheApplication() {
        noClasses().that().resideInAPackage("org.ketnghia.examples.water..").should().dependOnClassesThat()
                .resideInAnyPackage("org.ketnghia.livestock..", "org.ketnghia.startup..", "org.ketnghia.training..",
                        "org.ketnghia.village..", "org.ketnghia.examples.host..", "org.ketnghia.examples.cli..",
                        "org.ketnghia.examples.output..", "org.ketnghia.examples.programme..")
                .check(CLASSES);
    }
}
