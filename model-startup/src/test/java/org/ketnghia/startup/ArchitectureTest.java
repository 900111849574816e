package org.ketnghia.startup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.testing.arch.PilotModelArchitecture;

/**
 * The start-up model keeps the plugin contract (the core's API only, no other module, Guice only in
 * {@code guice}), and its API never hands out a type of its own {@code internal} packages.
 */
@AnalyzeClasses(packages = "org.ketnghia.startup", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Immutables marks its generated builder methods with errorprone's {@code @CanIgnoreReturnValue} (a
     * class-file annotation, no runtime dependency) when errorprone's annotations are on the class path, as
     * they are through Guice.
     */
    @ArchTest
    static final ArchRule pilotModelContract = PilotModelArchitecture.rule("org.ketnghia.startup",
            "com.google.errorprone.annotations..");

    @ArchTest
    static final ArchRule apiSignaturesNameNoInternalType = codeUnits().that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .should(nameNoInternalType())
            .because("a host sees the API packages only; internal packages may change at any time");

    private static ArchCondition<JavaCodeUnit> nameNoInternalType() {
        return new ArchCondition<>("name no type of an internal package in their signature") {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                List<JavaClass> named = new ArrayList<>(codeUnit.getRawParameterTypes());
                named.add(codeUnit.getRawReturnType());
                for (JavaClass type : named) {
                    boolean internal = type.getPackageName().contains(".internal");
                    events.add(new SimpleConditionEvent(codeUnit, !internal,
                            codeUnit.getFullName() + (internal ? " names " : " names no internal type, e.g. ")
                                    + type.getName()));
                }
            }
        };
    }
}
