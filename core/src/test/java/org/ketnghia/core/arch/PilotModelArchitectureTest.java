package org.ketnghia.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.ketnghia.testing.arch.PilotModelArchitecture;

/** The reusable model rule accepts a model that keeps the contract and names every breach of one that does not. */
class PilotModelArchitectureTest {

    private static final JavaClasses EXAMPLES = new ClassFileImporter().importPackages("org.example");

    @Test
    void modelUsingOnlyTheCoreApi_passes() {
        EvaluationResult result = PilotModelArchitecture.rule("org.example.goodmodel").evaluate(EXAMPLES);

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void modelReachingIntoAnotherModelItsInternalsOrTheRuntime_fails() {
        EvaluationResult result = PilotModelArchitecture.rule("org.example.badmodel").evaluate(EXAMPLES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("org.example.othermodel.OtherModelValue")
                .contains("org.example.othermodel.internal.OtherInternal")
                .contains("org.ketnghia.core.runtime.KetnghiaRuntime");
    }
}
