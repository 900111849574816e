package org.ketnghia.livestock;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ketnghia.testing.arch.PilotModelArchitecture;

/** The livestock model keeps the plugin contract every model keeps. */
@AnalyzeClasses(packages = "org.ketnghia.livestock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pilotModelContract = PilotModelArchitecture.rule("org.ketnghia.livestock",
            "org.apache.commons.math3.."); // the calibration's exact intervals (chi-square and beta quantiles)
}
