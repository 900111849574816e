package org.ketnghia.livestock;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ketnghia.core.testing.arch.PilotModelArchitecture;

/**
 * The module keeps the plugin contract every pilot model keeps (the core's reusable rule). The code
 * Immutables generates carries Error Prone's annotations ({@code @CanIgnoreReturnValue}), present on
 * the compile class path through Guice: annotations only, nothing the model calls.
 */
@AnalyzeClasses(packages = "org.ketnghia.livestock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pilotModelContract =
            PilotModelArchitecture.rule("org.ketnghia.livestock", "com.google.errorprone.annotations..");
}
