package org.ketnghia.village;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.testing.arch.PilotModelArchitecture;

@AnalyzeClasses(packages = "org.ketnghia.village", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The core's rule; {@code com.google.errorprone.annotations} is named because Immutables marks the
     * builders it generates {@code @CanIgnoreReturnValue} when that annotation is on the classpath (it
     * comes with Guice's Guava): a class-file annotation, not a library the model calls.
     */
    @ArchTest
    static final ArchRule pilotModelContract = PilotModelArchitecture.rule("org.ketnghia.village",
            "com.google.errorprone.annotations..");

    /** The ledger's events and commands are API: a host builds and reads them, so none lives in an internal package. */
    @ArchTest
    static final ArchRule eventsAndCommandsAreApi = noClasses()
            .that().implement(LedgerEvent.class).or().implement(Command.class)
            .should().resideInAPackage("..internal..")
            .because("hosts record commands and read events; only their handling is internal");
}
