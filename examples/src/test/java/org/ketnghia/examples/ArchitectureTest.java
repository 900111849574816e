package org.ketnghia.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.participant.privacy.SensitiveData;
import org.ketnghia.testing.arch.PilotModelArchitecture;

/**
 * Package rules of the host and of the whole library as the host assembles it: Guice only in
 * {@code ..guice..}; the third-party clean-water model keeps the same plugin contract as the shipped
 * models; no main code outside the core uses the core's internal packages; and no main code anywhere
 * finds plugin code by reflection.
 */
class ArchitectureTest {

    private static final JavaClasses EXAMPLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ketnghia.examples");

    /** Every main class of every module on the host's class path: core, store, the four models, the host. */
    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
            .importPackages("org.ketnghia");

    @Test
    void onlyGuicePackages_importGuice() {
        noClasses().that().resideOutsideOfPackage("..guice..").should().dependOnClassesThat()
                .resideInAPackage("com.google.inject..").check(EXAMPLES);
    }

    @Test
    void cleanWaterModel_keepsThePilotModelContract() {
        PilotModelArchitecture.rule("org.ketnghia.examples.water").check(EXAMPLES);
    }

    @Test
    void noCodeOutsideTheCore_usesTheCoresInternalPackages() {
        noClasses().that().resideOutsideOfPackage("org.ketnghia.core..")
                .should().dependOnClassesThat().resideInAPackage("org.ketnghia.core..internal..")
                .because("the core's internal packages are not API: the host, the store, the test kit and the models"
                        + " (whose own rule says so for each) use the core's public types only")
                .check(LIBRARY);
    }

    @Test
    void theWholeLibraryWasImported() {
        assertThat(LIBRARY.stream().map(javaClass -> javaClass.getPackageName().split("\\.")[2])
                .distinct()).contains("core", "livestock", "startup", "training", "village", "store", "examples");
    }

    @Test
    void noMainCode_findsOrCallsPluginCodeByReflection() {
        // SensitiveData reads the @Sensitive marks of value types to audit personal data, and CodeFingerprint the types
        // a registered event's accessors return, to cover their code in a snapshot's fingerprint: neither calls plugin
        // code nor finds it (the event types are those the runtime registered)
        noClasses().that().doNotBelongToAnyOf(SensitiveData.class, CodeFingerprint.class)
                .should().callMethod(Method.class, "invoke", Object.class, Object[].class)
                .orShould().callMethod(Constructor.class, "newInstance", Object[].class)
                .orShould().callMethod(Class.class, "forName", String.class)
                .orShould().callMethod(Class.class, "getMethods")
                .orShould().callMethod(Class.class, "getMethod", String.class, Class[].class)
                .orShould().callMethod(Class.class, "getDeclaredConstructor", Class[].class)
                .orShould().callMethod(Class.class, "getConstructor", Class[].class)
                .because("host facts reach a plugin through typed objects (its configuration, the trace context),"
                        + " never through reflection or method-name conventions")
                .check(LIBRARY);
    }
}
