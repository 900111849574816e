package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.CHOM;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;
import static org.ketnghia.training.TrainingFixtures.attendance;
import static org.ketnghia.training.TrainingFixtures.certificates;
import static org.ketnghia.training.TrainingFixtures.cost;
import static org.ketnghia.training.TrainingFixtures.days;
import static org.ketnghia.training.TrainingFixtures.enrol;
import static org.ketnghia.training.TrainingFixtures.openClass;
import static org.ketnghia.training.TrainingFixtures.scores;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.RecordOfficialDeparture;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.course.TrainingRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the "bad input": each is refused with its code and a message in both
 * languages, and appends nothing to the ledger.
 */
class RefusalsTest {

    private static final String CLASS = "CH-CNTT-2023";
    private static final List<LocalDate> DAYS = days(LocalDate.of(2023, 3, 1), 2);
    private static final LocalDate OPENED = LocalDate.of(2023, 2, 20);

    private final Ledger ledger = TrainingFixtures.runtime().ledger();

    @BeforeEach
    void aYearOfClasses_andAOneSeatClassInChom() {
        TrainingYear.play(ledger);
        ledger.submit(openClass(CLASS, CHOM, OfficialLevel.COMMUNE, OPENED, DAYS, 1, "information-technology").build());
        ledger.submit(enrol(CLASS, CHOM, OPENED, "CH-1"));
    }

    private KetnghiaException assertRefused(Command command, ErrorCode code) {
        long before = ledger.lastSequence();
        long stored = ledger.store().lastSequence();
        KetnghiaException refusal = (KetnghiaException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ledger.submit(command));
        assertThat(refusal).as("refusal of %s", command).isNotNull();
        assertThat(refusal.has(code)).as("codes %s", refusal.problems()).isTrue();
        assertThat(refusal.messageVi()).isNotBlank();
        assertThat(refusal.messageEn()).isNotBlank();
        assertThat(ledger.lastSequence()).isEqualTo(before);
        assertThat(ledger.store().lastSequence()).isEqualTo(stored);
        return refusal;
    }

    @Test
    void enrollingBeyondCapacity_isRefused() {
        KetnghiaException refusal = assertRefused(enrol(CLASS, CHOM, OPENED, "AX-1"), TrainingErrorCode.TRAINING_CAPACITY_EXCEEDED);

        assertThat(refusal.messageEn()).contains("takes at most 1");
        List<String> enrolled = ledger.read(TrainingRecords.class, records -> records.enrolled(CLASS));
        assertThat(enrolled).containsExactly("CH-1");
    }

    @Test
    void attendanceOfAnOfficialNotEnrolled_isRefused() {
        KetnghiaException refusal = assertRefused(attendance(CLASS, CHOM, DAYS.get(0), "CH-1", "AX-1"),
                TrainingErrorCode.TRAINING_NOT_ENROLLED);

        assertThat(refusal.field()).isEqualTo("presentPersonIds");
        assertThat(refusal.messageVi()).contains("AX-1");
    }

    @Test
    void scoresOutsideTheScale_areRefused_everyOneOfThem() {
        KetnghiaException refusal = assertRefused(scores(TrainingYear.C4, TrainingFixtures.CA_DY, DAYS.get(0),
                ScoreTest.POST, Map.of("CD-1", 11)), TrainingErrorCode.TRAINING_SCORE_OUT_OF_SCALE);
        assertThat(refusal.messageEn()).contains("0–10");

        KetnghiaException both = assertRefused(scores(CLASS, CHOM, DAYS.get(0), ScoreTest.PRE, Map.of("CH-1", 101)),
                TrainingErrorCode.TRAINING_SCORE_OUT_OF_SCALE);
        assertThat(both.problems()).hasSize(1);
        assertRefused(scores(CLASS, CHOM, DAYS.get(0), ScoreTest.PRE, Map.of("CH-1", -1)),
                TrainingErrorCode.TRAINING_SCORE_OUT_OF_SCALE);
    }

    @Test
    void certificateBelowTheCompletionThreshold_isRefused() {
        ledger.submit(attendance(CLASS, CHOM, DAYS.get(0), "CH-1"));
        ledger.submit(attendance(CLASS, CHOM, DAYS.get(1)));

        KetnghiaException refusal = assertRefused(certificates(CLASS, CHOM, DAYS.get(1), Map.of("CH-1", "CH-2023-001")),
                TrainingErrorCode.TRAINING_BELOW_COMPLETION_THRESHOLD);

        assertThat(refusal.messageEn()).contains("attended 1 of 2 sessions", "80%");
    }

    @Test
    void overlappingClassesForOneOfficial_areRefused() {
        ledger.submit(openClass("CH-TC-2023", CHOM, OfficialLevel.COMMUNE, OPENED, days(DAYS.get(1), 3), 10,
                "budget-revenue-spending").build());

        KetnghiaException refusal = assertRefused(enrol("CH-TC-2023", CHOM, OPENED, "CH-1"),
                TrainingErrorCode.TRAINING_OVERLAPPING_CLASS);

        assertThat(refusal.messageEn()).contains(CLASS, "CH-TC-2023");
    }

    @Test
    void aCommuneClassCostBeyondTheFund_isRefused_andNeitherCostNorExpenditureIsRecorded() {
        assertRefused(cost(TrainingYear.C2, A_XAN, TrainingYear.C2_DAYS.get(1), "chi-them", Money.ofMillions(5)),
                FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);

        List<org.ketnghia.training.course.ClassCostRecorded> costs =
                ledger.read(TrainingRecords.class, records -> records.costs(TrainingYear.C2));
        assertThat(costs).hasSize(1);
    }

    @Test
    void aDistrictClassForCommuneOfficials_withoutAReason_breaksTheLevelRule() {
        assertRefused(openClass("TG-X", TAY_GIANG, OfficialLevel.COMMUNE, OPENED, DAYS, 10, "finance").build(),
                TrainingErrorCode.TRAINING_LEVEL_RULE_BROKEN);
        assertRefused(openClass("AX-X", A_XAN, OfficialLevel.DISTRICT, OPENED, DAYS, 10, "finance").build(),
                TrainingErrorCode.TRAINING_LEVEL_RULE_BROKEN);
    }

    @Test
    void anOfficialOfAnotherLevel_cannotEnrolWithoutTheClassRecordingAnException() {
        ledger.submit(openClass("AX-TC-2023", A_XAN, OfficialLevel.COMMUNE, OPENED, days(LocalDate.of(2023, 5, 2), 1), 10,
                "finance").build());

        assertRefused(enrol("AX-TC-2023", A_XAN, OPENED, "AU-1"), TrainingErrorCode.TRAINING_LEVEL_MISMATCH);
    }

    @Test
    void openingAClass_reportsEveryProblemAtOnce() {
        KetnghiaException refusal = assertRefused(openClass(TrainingYear.C1, CHOM, OfficialLevel.COMMUNE, OPENED,
                List.of(DAYS.get(0), DAYS.get(0), OPENED.minusDays(1)), 0, "astrology")
                .completionThresholdPercent(120).venue(" ").localityOrganises(false).build(),
                TrainingErrorCode.TRAINING_CLASS_ID_IN_USE);

        assertThat(refusal.problems()).extracting(problem -> problem.code()).contains(
                TrainingErrorCode.TRAINING_TOPIC_UNKNOWN, TrainingErrorCode.TRAINING_SESSION_DUPLICATE,
                TrainingErrorCode.TRAINING_SESSION_BEFORE_OPENING, TrainingErrorCode.TRAINING_CAPACITY_NOT_POSITIVE,
                TrainingErrorCode.TRAINING_THRESHOLD_OUT_OF_RANGE, TrainingErrorCode.TRAINING_ORGANISER_MISSING,
                CoreErrorCode.VALUE_BLANK);
    }

    @Test
    void attendanceTwiceForOneSession_orOnADayWithoutSession_isRefused() {
        ledger.submit(attendance(CLASS, CHOM, DAYS.get(0), "CH-1"));

        assertRefused(attendance(CLASS, CHOM, DAYS.get(0), "CH-1"), TrainingErrorCode.TRAINING_ATTENDANCE_ALREADY_RECORDED);
        assertRefused(attendance(CLASS, CHOM, DAYS.get(1).plusDays(1), "CH-1"), TrainingErrorCode.TRAINING_SESSION_UNKNOWN);
    }

    @Test
    void aCertificateNumberIsIssuedOnce_andAnOfficialIsCertifiedOnce() {
        assertRefused(certificates(TrainingYear.C4, TrainingFixtures.CA_DY, TrainingYear.C4_DAYS.get(3),
                Map.of("CD-1", "CD-2022-009")), TrainingErrorCode.TRAINING_ALREADY_CERTIFIED);
        ledger.submit(attendance(CLASS, CHOM, DAYS.get(0), "CH-1"));
        ledger.submit(attendance(CLASS, CHOM, DAYS.get(1), "CH-1"));

        assertRefused(certificates(CLASS, CHOM, DAYS.get(1), Map.of("CH-1", "AX-2022-001")),
                TrainingErrorCode.TRAINING_CERTIFICATE_NUMBER_IN_USE);
    }

    @Test
    void aDepartedOfficial_cannotEnrol() {
        ledger.submit(RecordOfficialDeparture.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2023, 1, 10)).personId("AX-3").reason("Nghỉ hưu").build());
        ledger.submit(openClass("AX-TC-2023", A_XAN, OfficialLevel.COMMUNE, OPENED, days(LocalDate.of(2023, 5, 2), 1), 10,
                "finance").build());

        assertRefused(enrol("AX-TC-2023", A_XAN, OPENED, "AX-3"), TrainingErrorCode.TRAINING_OFFICIAL_DEPARTED);
        assertRefused(enrol("AX-TC-2023", A_XAN, OPENED, "nobody"), TrainingErrorCode.TRAINING_NOT_AN_OFFICIAL);
    }

    @Test
    void recordsForAClass_mustComeFromItsUnit_andNameAKnownClass() {
        assertRefused(attendance(CLASS, A_XAN, DAYS.get(0), "CH-1"), TrainingErrorCode.TRAINING_CLASS_OTHER_UNIT);
        assertRefused(attendance("no-such-class", CHOM, DAYS.get(0), "CH-1"), TrainingErrorCode.TRAINING_CLASS_UNKNOWN);
    }

    @Test
    void anEnrolmentRefusal_leavesTheWholeBatchOut() {
        ledger.submit(openClass("AX-TC-2023", A_XAN, OfficialLevel.COMMUNE, OPENED, days(LocalDate.of(2023, 5, 2), 1), 2,
                "finance").build());

        assertRefused(enrol("AX-TC-2023", A_XAN, OPENED, "AX-1", "AX-2", "AX-3"), TrainingErrorCode.TRAINING_CAPACITY_EXCEEDED);
        assertThatThrownBy(() -> ledger.submit(enrol("AX-TC-2023", A_XAN, OPENED, "AX-1", "AX-1")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.has(CoreErrorCode.VALUE_DUPLICATE)).isTrue());
        List<String> enrolled = ledger.read(TrainingRecords.class, records -> records.enrolled("AX-TC-2023"));
        assertThat(enrolled).isEmpty();
    }
}
