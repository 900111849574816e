package org.ketnghia.core.participant.poverty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;

/**
 * Classifies a household under the multidimensional poverty standard in force on the assessment
 * date.
 *
 * <p>With the standard {@code S} = {@link PovertyStandards#ruleSetAt(LocalDate)
 * ruleSetAt(assessmentDate)}, {@code line} and {@code ceiling} its {@link IncomeThresholds} for the
 * household's area, {@code income} the income per person per month and {@code n} the number of
 * deprived indicators:
 *
 * <ol>
 *   <li>{@code income ≤ line}: {@link PovertyCategory#POOR} if {@code n ≥
 *       S.minimumDeprivationsForPoor()}, otherwise {@link PovertyCategory#NEAR_POOR} — whatever the
 *       household's history.
 *   <li>{@code income > line} and the household left the poor/near-poor list on date {@code exit}
 *       with {@code assessmentDate < exit.plusYears(S.newlyEscapedYears())}: {@link
 *       PovertyCategory#NEWLY_ESCAPED}. The status therefore holds up to the day before the
 *       anniversary and ends on it (left on 2024-03-15 with 3 years: newly escaped on 2027-03-14,
 *       not on 2027-03-15; a 29 February exit ends on 28 February). {@code exit} is {@link
 *       PovertyAssessment#listExitDate()}; if that is absent and the previous status is poor or
 *       near-poor, this assessment is the exit ({@code exit = assessmentDate}). The years are those
 *       of the standard in force at the assessment date.
 *   <li>Otherwise by income alone: {@link PovertyCategory#AVERAGE_LIVING_STANDARD} if {@code income
 *       ≤ ceiling}, else {@link PovertyCategory#ABOVE_AVERAGE}.
 * </ol>
 *
 * <p>Immutable and thread-safe: one instance serves every caller.
 */
public final class PovertyClassifier {

    private final PovertyStandards standards;

    /** A classifier applying the given standards. */
    public PovertyClassifier(PovertyStandards standards) {
        this.standards = requireNonNull(standards, "standards");
    }

    /** A classifier applying the national standards ({@link PovertyStandards#official()}). */
    public static PovertyClassifier official() {
        return new PovertyClassifier(PovertyStandards.official());
    }

    /** The standards this classifier applies. */
    public PovertyStandards standards() {
        return standards;
    }

    /**
     * Every problem of the assessment, in one pass; empty if it can be classified. Problems: no
     * standard in force at the date ({@link ParticipantErrorCode#PARTICIPANT_NO_POVERTY_STANDARD}),
     * negative income ({@link ParticipantErrorCode#PARTICIPANT_NEGATIVE_INCOME}), each deprivation
     * id unknown to the standard in force ({@link ParticipantErrorCode#PARTICIPANT_UNKNOWN_DEPRIVATION}),
     * an exit date after the assessment ({@link ParticipantErrorCode#PARTICIPANT_EXIT_AFTER_ASSESSMENT}),
     * a newly-escaped previous status without exit date ({@link
     * ParticipantErrorCode#PARTICIPANT_EXIT_DATE_REQUIRED}), an exit date with a previous status
     * that was never on the list ({@link ParticipantErrorCode#PARTICIPANT_EXIT_WITHOUT_LISTING}).
     */
    public List<Problem> validate(PovertyAssessment assessment) {
        requireNonNull(assessment, "assessment");
        Problems problems = new Problems();
        Optional<PovertyStandard> standard = standards.ruleSetAt(assessment.assessmentDate());
        problems.check(standard.isEmpty(), ParticipantErrorCode.PARTICIPANT_NO_POVERTY_STANDARD,
                "assessmentDate", assessment.assessmentDate());
        problems.check(assessment.monthlyIncomePerPerson().isNegative(), ParticipantErrorCode.PARTICIPANT_NEGATIVE_INCOME,
                "monthlyIncomePerPerson", assessment.monthlyIncomePerPerson());
        standard.ifPresent(inForce -> {
            for (String id : assessment.deprivations()) {
                problems.check(inForce.indicator(id).isEmpty(), ParticipantErrorCode.PARTICIPANT_UNKNOWN_DEPRIVATION,
                        "deprivations", id, inForce.id(), String.join(", ", inForce.indicatorIds()));
            }
        });
        assessment.listExitDate().ifPresent(exit -> {
            problems.check(exit.isAfter(assessment.assessmentDate()), ParticipantErrorCode.PARTICIPANT_EXIT_AFTER_ASSESSMENT,
                    "listExitDate", exit, assessment.assessmentDate());
            assessment.previousStatus()
                    .filter(previous -> !previous.isBeneficiary())
                    .ifPresent(previous -> problems.add(ParticipantErrorCode.PARTICIPANT_EXIT_WITHOUT_LISTING,
                            "previousStatus", exit, previous.label().vi()));
        });
        problems.check(assessment.previousStatus().filter(PovertyCategory.NEWLY_ESCAPED::equals).isPresent()
                        && assessment.listExitDate().isEmpty(),
                ParticipantErrorCode.PARTICIPANT_EXIT_DATE_REQUIRED, "listExitDate");
        return problems.list();
    }

    /**
     * Classifies the household, as described on the class.
     *
     * @throws KetnghiaException with every problem of {@link #validate(PovertyAssessment)}, if any
     */
    public PovertyClassification classify(PovertyAssessment assessment) {
        List<Problem> problems = validate(assessment);
        if (!problems.isEmpty()) {
            throw new KetnghiaException(problems);
        }
        PovertyStandard standard = standards.requireRuleSetAt(assessment.assessmentDate());
        IncomeThresholds thresholds = standard.thresholdsFor(assessment.area());
        Money income = assessment.monthlyIncomePerPerson();
        List<PovertyIndicator> deprivations = standard.indicators().stream()
                .filter(indicator -> assessment.deprivations().contains(indicator.id()))
                .toList();
        Optional<LocalDate> exit = exitDate(assessment, thresholds);
        Optional<LocalDate> newlyEscapedUntil = exit
                .filter(date -> standard.newlyEscapedYears() > 0)
                .map(date -> date.plusYears(standard.newlyEscapedYears()).minusDays(1));
        PovertyCategory category = category(assessment, standard, thresholds, deprivations.size(), newlyEscapedUntil);
        PovertyClassification.Builder result = PovertyClassification.builder();
        result.category(category)
                .standardId(standard.id())
                .assessmentDate(assessment.assessmentDate())
                .area(assessment.area())
                .monthlyIncomePerPerson(income)
                .incomeLine(thresholds.incomeLine())
                .averageLivingCeiling(thresholds.averageLivingCeiling())
                .deprivations(deprivations)
                .indicatorCount(standard.indicators().size())
                .minimumDeprivationsForPoor(standard.minimumDeprivationsForPoor())
                .newlyEscapedUntil(newlyEscapedUntil);
        PovertyExplanation explanation = new PovertyExplanation(assessment, standard, thresholds, category,
                deprivations, exit, newlyEscapedUntil);
        return result.explanationVi(explanation.vietnamese()).explanationEn(explanation.english()).build();
    }

    /** The date the household left the list, if it did or does now. */
    private static Optional<LocalDate> exitDate(PovertyAssessment assessment, IncomeThresholds thresholds) {
        if (assessment.listExitDate().isPresent()) {
            return assessment.listExitDate();
        }
        boolean wasListed = assessment.previousStatus().filter(PovertyCategory::isListed).isPresent();
        boolean aboveLine = assessment.monthlyIncomePerPerson().isGreaterThan(thresholds.incomeLine());
        return wasListed && aboveLine ? Optional.of(assessment.assessmentDate()) : Optional.empty();
    }

    private static PovertyCategory category(PovertyAssessment assessment, PovertyStandard standard,
            IncomeThresholds thresholds, int deprivationCount, Optional<LocalDate> newlyEscapedUntil) {
        Money income = assessment.monthlyIncomePerPerson();
        if (!income.isGreaterThan(thresholds.incomeLine())) {
            return deprivationCount >= standard.minimumDeprivationsForPoor() ? PovertyCategory.POOR : PovertyCategory.NEAR_POOR;
        }
        if (newlyEscapedUntil.filter(until -> !assessment.assessmentDate().isAfter(until)).isPresent()) {
            return PovertyCategory.NEWLY_ESCAPED;
        }
        return income.isGreaterThan(thresholds.averageLivingCeiling())
                ? PovertyCategory.ABOVE_AVERAGE
                : PovertyCategory.AVERAGE_LIVING_STANDARD;
    }
}
