package org.ketnghia.core.participant.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ketnghia.core.participant.poverty.Households.assessment;
import static org.ketnghia.core.participant.poverty.Households.household;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;

class PovertyAssessmentValidationTest {

    private final PovertyClassifier classifier = PovertyClassifier.official();

    @Test
    void informationDevices_isAcceptedUnderDecree07_butRejectedFrom2027() {
        PovertyAssessment in2026 = assessment("2026-12-31", Area.RURAL, 1_000_000, "information-devices");
        PovertyAssessment in2027 = assessment("2027-01-01", Area.RURAL, 1_000_000, "information-devices");

        assertThat(classifier.validate(in2026)).isEmpty();
        assertThat(classifier.validate(in2027)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_UNKNOWN_DEPRIVATION);
            assertThat(problem.field()).isEqualTo("deprivations");
            assertThat(problem.messageVi()).contains("information-devices").contains("351/2025/NĐ-CP");
            assertThat(problem.messageEn()).contains("information-devices").contains("household-waste");
        });
    }

    @Test
    void householdWaste_isRejectedUnderDecree07() {
        PovertyAssessment in2026 = assessment("2026-06-30", Area.URBAN, 1_000_000, "household-waste", "digital-services");

        assertThat(classifier.validate(in2026)).extracting(Problem::code).containsExactly(
                ParticipantErrorCode.PARTICIPANT_UNKNOWN_DEPRIVATION, ParticipantErrorCode.PARTICIPANT_UNKNOWN_DEPRIVATION);
    }

    @Test
    void everyProblem_isReportedInOnePass() {
        PovertyAssessment wrong = household("2024-10-01", Area.RURAL, -5, "employment", "internet", "Nutrition")
                .previousStatus(PovertyCategory.AVERAGE_LIVING_STANDARD)
                .listExitDate(LocalDate.parse("2024-12-01"))
                .build();

        assertThatThrownBy(() -> classifier.classify(wrong))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactly(
                                tuple(ParticipantErrorCode.PARTICIPANT_NEGATIVE_INCOME, "monthlyIncomePerPerson"),
                                tuple(ParticipantErrorCode.PARTICIPANT_UNKNOWN_DEPRIVATION, "deprivations"),
                                tuple(ParticipantErrorCode.PARTICIPANT_UNKNOWN_DEPRIVATION, "deprivations"),
                                tuple(ParticipantErrorCode.PARTICIPANT_EXIT_AFTER_ASSESSMENT, "listExitDate"),
                                tuple(ParticipantErrorCode.PARTICIPANT_EXIT_WITHOUT_LISTING, "previousStatus")));
    }

    @Test
    void dateBeforeTheFirstStandard_isRejected_alongsideOtherProblems() {
        PovertyAssessment in2021 = assessment("2021-12-31", Area.RURAL, -1, "employment");

        List<Problem> problems = classifier.validate(in2021);

        assertThat(problems).extracting(Problem::code).containsExactly(
                ParticipantErrorCode.PARTICIPANT_NO_POVERTY_STANDARD, ParticipantErrorCode.PARTICIPANT_NEGATIVE_INCOME);
        assertThat(problems.get(0).messageVi()).contains("2021-12-31");
    }

    @Test
    void newlyEscapedPreviousStatus_needsAnExitDate() {
        PovertyAssessment noExitDate = household("2025-10-01", Area.RURAL, 1_600_000)
                .previousStatus(PovertyCategory.NEWLY_ESCAPED).build();

        assertThat(classifier.validate(noExitDate)).extracting(Problem::code)
                .containsExactly(ParticipantErrorCode.PARTICIPANT_EXIT_DATE_REQUIRED);
    }

    @Test
    void exitDateOnTheAssessmentDay_isAccepted() {
        PovertyAssessment sameDay = household("2025-10-01", Area.RURAL, 1_600_000)
                .listExitDate(LocalDate.parse("2025-10-01")).build();

        assertThat(classifier.validate(sameDay)).isEmpty();
        assertThat(classifier.classify(sameDay).category()).isEqualTo(PovertyCategory.NEWLY_ESCAPED);
    }
}
