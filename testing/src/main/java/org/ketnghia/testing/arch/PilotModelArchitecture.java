package org.ketnghia.testing.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Objects.requireNonNull;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The architecture every pilot model module keeps, as one reusable ArchUnit rule: a model module
 * applies it to its own base package and names no other module.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.ketnghia.livestock", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule pilotModelContract = PilotModelArchitecture.rule("org.ketnghia.livestock");
 * }
 * }</pre>
 *
 * <p>The rule says:
 * <ul>
 *   <li>the model's classes depend only on its own packages, the core's API packages and the
 *       libraries of the plugin contract (the JDK, Jackson, Immutables and the errorprone annotations
 *       its generated code carries, {@code jakarta.inject}, SLF4J, and Guice in {@code guice} packages) — so never on another model, never on a host,
 *       never on a third-party library the host did not agree to;</li>
 *   <li>never on an {@code internal} package of another module (the core's included);</li>
 *   <li>only its {@code guice} packages import Guice;</li>
 *   <li>its main code never uses the core's test kit ({@code org.ketnghia.testing});</li>
 *   <li>its events and commands are API: none lives in an {@code internal} package;</li>
 *   <li>no public method or constructor of its API packages names a type of an {@code internal}
 *       package.</li>
 * </ul>
 * A model that needs a further library names it with {@link #rule(String, String...)}.
 */
public final class PilotModelArchitecture {

    /** The core's API: every core package but {@code internal} ones, the runtime (hosts only) and the test kit. */
    public static final String CORE = "org.ketnghia.core..";

    private static final List<String> CONTRACT_LIBRARIES = List.of("java..", "javax.annotation..", "jakarta.inject..",
            "com.fasterxml.jackson..", "org.immutables..", "org.slf4j..", "com.google.inject..",
            // Immutables marks generated builders with errorprone's @CanIgnoreReturnValue when it is on the class path
            "com.google.errorprone.annotations..", "");

    private PilotModelArchitecture() {
    }

    /** The rule for the model whose classes live under {@code basePackage} (e.g. {@code "org.ketnghia.livestock"}). */
    public static ArchRule rule(String basePackage, String... extraLibraryPackages) {
        requireNonNull(basePackage, "basePackage");
        String model = basePackage + "..";
        List<String> allowed = Stream.concat(Stream.concat(Stream.of(CORE), CONTRACT_LIBRARIES.stream()),
                Stream.of(extraLibraryPackages)).toList();
        ArchRule onlyCoreApiAndContractLibraries = classes().that().resideInAPackage(model)
                .should().onlyDependOnClassesThat(residingIn(List.of(model)).or(residingIn(allowed).and(notHostSideCore())))
                .because("a model module sees only its own code, the core's API and the libraries of the plugin contract"
                        + " — never another model, a host, or a core internal");
        ArchRule noInternalsOfOtherModules = noClasses().that().resideInAPackage(model)
                .should().dependOnClassesThat(internalOutside(basePackage))
                .because("internal packages are not API; only their own module may use them");
        ArchRule onlyGuicePackagesImportGuice = noClasses().that().resideInAPackage(model)
                .and().resideOutsideOfPackage("..guice..")
                .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
                .because("domain classes work without any container; only guice packages wire");
        ArchRule eventsAndCommandsAreApi = noClasses().that().resideInAPackage(model)
                .and(JavaClass.Predicates.assignableTo(LedgerEvent.class).or(JavaClass.Predicates.assignableTo(Command.class)))
                .should().resideInAPackage("..internal..")
                .because("hosts record commands and read events; only their handling is internal")
                .allowEmptyShould(true);
        ArchRule apiSignaturesNameNoInternalType = codeUnits().that().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage(model)
                .and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should(nameNoInternalType())
                .because("a host sees the API packages only; internal packages may change at any time")
                .allowEmptyShould(true);
        return CompositeArchRule.of(onlyCoreApiAndContractLibraries).and(noInternalsOfOtherModules)
                .and(onlyGuicePackagesImportGuice).and(eventsAndCommandsAreApi).and(apiSignaturesNameNoInternalType)
                .as("pilot model " + basePackage + " keeps the plugin contract");
    }

    private static ArchCondition<JavaCodeUnit> nameNoInternalType() {
        return new ArchCondition<>("name no type of an internal package in their signature") {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                List<JavaClass> named = new ArrayList<>(codeUnit.getRawParameterTypes());
                named.add(codeUnit.getRawReturnType());
                for (JavaClass type : named) {
                    boolean internal = baseComponent(type).getPackageName().contains(".internal");
                    events.add(new SimpleConditionEvent(codeUnit, !internal, codeUnit.getFullName()
                            + (internal ? " names " : " names no internal type, e.g. ") + type.getName()));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> residingIn(List<String> packages) {
        DescribedPredicate<JavaClass> inAny = JavaClass.Predicates.resideInAnyPackage(packages.toArray(String[]::new));
        return DescribedPredicate.describe("reside in " + packages, javaClass -> inAny.test(baseComponent(javaClass)));
    }

    private static DescribedPredicate<JavaClass> notHostSideCore() {
        DescribedPredicate<JavaClass> hostSide = JavaClass.Predicates.resideInAnyPackage("org.ketnghia.testing..",
                "org.ketnghia.core.runtime..", "org.ketnghia.core..internal..");
        return DescribedPredicate.describe("are not in the core's runtime, test kit or internal packages",
                javaClass -> !hostSide.test(baseComponent(javaClass)));
    }

    private static DescribedPredicate<JavaClass> internalOutside(String basePackage) {
        return DescribedPredicate.describe("are in an internal package of another module",
                javaClass -> {
                    String packageName = baseComponent(javaClass).getPackageName();
                    return (packageName.contains(".internal.") || packageName.endsWith(".internal"))
                            && !packageName.equals(basePackage) && !packageName.startsWith(basePackage + ".");
                });
    }

    private static JavaClass baseComponent(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.isArray()) {
            current = current.getComponentType();
        }
        return current;
    }
}
