package org.ketnghia.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

@AnalyzeClasses(packages = "org.ketnghia.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "org.ketnghia.core";

    /**
     * The composition root: {@code KetnghiaRuntime} (and through it the Guice module) builds every core feature's
     * implementation, so it is the one package that names them.
     */
    private static final String COMPOSITION_ROOT = CORE + ".runtime";

    @ArchTest
    static final ArchRule domainPackagesNeverImportGuice = noClasses()
            .that().resideOutsideOfPackage("org.ketnghia.core.guice..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
            .because("only the guice package wires; domain classes work without any container");

    @ArchTest
    static final ArchRule coreNeverDependsOnAModel = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.ketnghia.livestock..", "org.ketnghia.startup..",
                    "org.ketnghia.training..", "org.ketnghia.village..", "org.ketnghia.examples..")
            .because("the core never names a pilot model");

    @ArchTest
    static final ArchRule spiDoesNotReachIntoInternals = noClasses()
            .that().resideInAPackage("org.ketnghia.core.spi..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("plugins see the host only through the SPI");

    /**
     * A feature is a top-level package of the core with all its sub-packages: {@code funding.settlement.internal} is
     * the funding feature's own, so {@code funding.internal} may wire it.
     */
    @ArchTest
    static final ArchRule aFeaturesInternalsAreItsOwn = classes()
            .that().resideInAPackage(CORE + "..")
            .and().resideOutsideOfPackage(COMPOSITION_ROOT)
            .should(useNoInternalClassOfAnotherFeature())
            .because("what a feature keeps in an internal package (" + CORE + ".<feature>..internal..) may change at any"
                    + " time, so another feature uses only its public types; the one exception is " + COMPOSITION_ROOT
                    + ", the composition root: it builds each core feature's LedgerFeature (and the approval hold) for"
                    + " KetnghiaRuntime, which the Guice module builds too, so that these implementations stay out of the"
                    + " API a host or a pilot model sees");

    private static ArchCondition<JavaClass> useNoInternalClassOfAnotherFeature() {
        return new ArchCondition<>("use no internal class of another top-level feature package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> feature = featureOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = baseComponent(dependency.getTargetClass());
                    Optional<String> targetFeature = featureOf(target);
                    if (isInternal(target) && targetFeature.isPresent() && !targetFeature.equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " (feature " + feature.orElse("<none>") + " uses an internal class of feature "
                                + targetFeature.get() + ")"));
                    }
                }
            }
        };
    }

    /** The top-level package under the core a class belongs to: {@code funding} for {@code funding.settlement.internal}. */
    private static Optional<String> featureOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(CORE + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(CORE.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isInternal(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        return packageName.endsWith(".internal") || packageName.contains(".internal.");
    }

    private static JavaClass baseComponent(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.isArray()) {
            current = current.getComponentType();
        }
        return current;
    }
}
