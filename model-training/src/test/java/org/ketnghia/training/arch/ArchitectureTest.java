package org.ketnghia.training.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.ketnghia.testing.arch.PilotModelArchitecture;

@AnalyzeClasses(packages = "org.ketnghia.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The plugin contract every model keeps. */
    @ArchTest
    static final ArchRule pilotModelContract = PilotModelArchitecture.rule("org.ketnghia.training");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = SlicesRuleDefinition.slices()
            .matching("org.ketnghia.training.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule valuesAHostUsesCarryNoImplementation = noClasses()
            .that().resideInAnyPackage("org.ketnghia.training.catalogue", "org.ketnghia.training.course",
                    "org.ketnghia.training.indicators")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("the commands, events, values, projections and indicators are the model's API;"
                    + " only the model's entry class and simulator reach its internal packages");
}
