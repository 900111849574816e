package org.ketnghia.core.duty;

import static org.ketnghia.core.duty.DutyFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;

/** Every rule of the reporting acts refuses the command with every problem at once, appending nothing. */
class DutyRefusalTest {

    private static final LocalDate ON = LocalDate.of(2024, 1, 5);

    private final DutyFixtures fixtures = new DutyFixtures();

    @Test
    void calendar_withUnknownProgrammeRepeatedIdsAndBadYearsOrDeadlines_isRefused() {
        fixtures.assertRefused(DeclareReportingDuties.builder().actor(SYSTEM).unitCode(QNA).occurredOn(START).programmeId("khong-co").build(),
                DutyErrorCode.DUTY_PROGRAMME_UNKNOWN, DutyErrorCode.DUTY_NONE_DECLARED);
        fixtures.assertRefused(DeclareReportingDuties.builder().actor(SYSTEM).unitCode(QNA).occurredOn(START).programmeId(PROGRAMME)
                .addDuties(duty(COMMUNE_ANNUAL, DutyKind.ANNUAL, ReportingTier.COMMUNE, 10),
                        duty("Sai Mã", DutyKind.ANNUAL, ReportingTier.COMMUNE, 400).withTitleVi(" "),
                        duty("so-ket-5", DutyKind.INTERIM_REVIEW, ReportingTier.DISTRICT, 10).withAfterYears(5),
                        duty("so-ket-thieu", DutyKind.INTERIM_REVIEW, ReportingTier.DISTRICT, 10),
                        duty("tong-ket-2", DutyKind.FINAL_REVIEW, ReportingTier.PROVINCE, 10).withAfterYears(3))
                .build(),
                DutyErrorCode.DUTY_ALREADY_DECLARED, DutyErrorCode.DUTY_INVALID_ID, CoreErrorCode.VALUE_BLANK,
                DutyErrorCode.DUTY_DEADLINE_OUT_OF_RANGE, DutyErrorCode.DUTY_REVIEW_YEARS_OUT_OF_RANGE, DutyErrorCode.DUTY_YEARS_NOT_APPLICABLE);
    }

    @Test
    void request_withBadPeriodDeadlineAndAddressees_isRefused() {
        fixtures.assertRefused(RequestReport.builder().actor(SYSTEM).unitCode(TAY_GIANG).occurredOn(ON).programmeId(PROGRAMME)
                .request(ReportRequest.builder().requestId("yc-1").titleVi("").periodFrom(ON).periodTo(ON.minusDays(1)).deadline(ON.minusDays(1))
                        .addAddresseeUnitCodes(A_XAN, A_XAN, "QNA.DONG-GIANG", "KHONG-CO").addAddresseeSponsorIds("khong-co").build())
                .build(),
                CoreErrorCode.VALUE_BLANK, CoreErrorCode.PERIOD_INVERTED, DutyErrorCode.DUTY_DEADLINE_BEFORE_REQUEST, CoreErrorCode.VALUE_DUPLICATE,
                DutyErrorCode.DUTY_ADDRESSEE_OUTSIDE, DutyErrorCode.DUTY_UNKNOWN_UNIT, DutyErrorCode.DUTY_UNKNOWN_SPONSOR);
        fixtures.assertRefused(RequestReport.builder().actor(SYSTEM).unitCode(QNA).occurredOn(ON).programmeId(PROGRAMME)
                .request(ReportRequest.builder().requestId("yc-2").titleVi("Báo cáo").periodFrom(ON).periodTo(ON).deadline(ON).build()).build(),
                DutyErrorCode.DUTY_NO_ADDRESSEE);
        fixtures.ledger.submit(RequestReport.builder().actor(SYSTEM).unitCode(QNA).occurredOn(ON).programmeId(PROGRAMME)
                .request(ReportRequest.builder().requestId("yc-3").titleVi("Báo cáo").periodFrom(ON).periodTo(ON).deadline(ON)
                        .addAddresseeUnitCodes(A_XAN).build()).build());
        fixtures.assertRefused(RequestReport.builder().actor(SYSTEM).unitCode(QNA).occurredOn(ON).programmeId(PROGRAMME)
                .request(ReportRequest.builder().requestId("yc-3").titleVi("Báo cáo").periodFrom(ON).periodTo(ON).deadline(ON)
                        .addAddresseeUnitCodes(A_XAN).build()).build(),
                DutyErrorCode.DUTY_REQUEST_DUPLICATE);
    }

    @Test
    void submission_withUnknownSubjectBadHashAndLateDispatch_isRefused() {
        SubmitReport valid = submit(A_XAN_COMMITTEE, A_XAN, "axan-2023", COMMUNE_ANNUAL, "2023", ON, "v1");
        fixtures.assertRefused(SubmitReport.builder().from(valid).dutyId("khong-co").contentSha256("ABC").dispatchNumber(" ")
                .dispatchDate(ON.plusDays(1)).build(),
                DutyErrorCode.DUTY_UNKNOWN_DUTY, DutyErrorCode.DUTY_INVALID_HASH, CoreErrorCode.VALUE_BLANK, DutyErrorCode.DUTY_DISPATCH_AFTER_SUBMISSION);
        fixtures.assertRefused(SubmitReport.builder().from(valid).periodKey("2031").build(), DutyErrorCode.DUTY_UNKNOWN_PERIOD);
        fixtures.assertRefused(SubmitReport.builder().from(valid).requestId("yc-1").build(), DutyErrorCode.DUTY_SUBJECT_AMBIGUOUS);
        fixtures.assertRefused(SubmitReport.builder().from(valid).dutyId(java.util.Optional.empty()).periodKey(java.util.Optional.empty())
                .requestId("khong-co").build(), DutyErrorCode.DUTY_UNKNOWN_REQUEST);
        fixtures.assertRefused(SubmitReport.builder().from(valid).programmeId("khong-co").build(), DutyErrorCode.DUTY_PROGRAMME_UNKNOWN);
        fixtures.assertRefused(SubmitReport.builder().from(valid).periodKey("2025").build(), DutyErrorCode.DUTY_PERIOD_NOT_STARTED);
        fixtures.assertRefused(submit(org.ketnghia.testing.Fixtures.actor(org.ketnghia.core.ledger.ActorRole.COMMUNE_COMMITTEE, DANG), DANG, "dang-2023", COMMUNE_ANNUAL, "2023", ON, "v1"), DutyErrorCode.DUTY_NOT_OWED);
        fixtures.assertRefused(sponsorReport(OTHER_SPONSOR_ACCOUNTANT, OTHER_SPONSOR, QNA, "syt-2023", "2023", ON), DutyErrorCode.DUTY_NOT_OWED);
        fixtures.assertRefused(sponsorReport(SPONSOR_ACCOUNTANT, SPONSOR, TAY_GIANG, "stc-2023", "2023", ON), DutyErrorCode.DUTY_WRONG_RECIPIENT);
    }

    @Test
    void submittingTwice_pendingOrLocked_andReusingAnId_isRefused() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023", COMMUNE_ANNUAL, "2023", ON, "v1"));
        fixtures.assertRefused(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023", COMMUNE_ANNUAL, "2022", ON, "v1"), DutyErrorCode.DUTY_SUBMISSION_DUPLICATE);
        fixtures.assertRefused(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023-b", COMMUNE_ANNUAL, "2023", ON, "v2"), DutyErrorCode.DUTY_DECISION_PENDING);
        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON.plusDays(2)));
        fixtures.assertRefused(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023-b", COMMUNE_ANNUAL, "2023", ON.plusDays(3), "v2"),
                DutyErrorCode.DUTY_PERIOD_LOCKED);
    }

    @Test
    void decisions_byTheWrongLevel_twice_orBeforeTheSubmission_areRefused() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023", COMMUNE_ANNUAL, "2023", ON, "v1"));
        fixtures.assertRefused(approve(BAN_DAN_TOC, QNA, "axan-2023", ON), DutyErrorCode.DUTY_WRONG_LEVEL);
        fixtures.assertRefused(approve(BAN_DAN_TOC, TAY_GIANG, "axan-2023", ON), DutyErrorCode.DUTY_ROLE_NOT_OF_LEVEL);
        fixtures.assertRefused(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON.minusDays(1)), DutyErrorCode.DUTY_DATE_BEFORE_LAST_ACT);
        fixtures.assertRefused(approve(TAY_GIANG_OFFICE, TAY_GIANG, "khong-co", ON), DutyErrorCode.DUTY_UNKNOWN_SUBMISSION);
        fixtures.assertRefused(ReturnReport.builder().from(returnForCorrection(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON)).reasonVi(" ").build(),
                CoreErrorCode.VALUE_BLANK);
        fixtures.assertRefused(reopen(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON), DutyErrorCode.DUTY_NOT_APPROVED);

        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON));
        fixtures.assertRefused(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON), DutyErrorCode.DUTY_ALREADY_APPROVED);
        fixtures.assertRefused(returnForCorrection(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON), DutyErrorCode.DUTY_ALREADY_APPROVED);
        fixtures.assertRefused(reopen(BAN_DAN_TOC, QNA, "axan-2023", ON), DutyErrorCode.DUTY_WRONG_LEVEL);
        fixtures.assertRefused(ReopenReport.builder().from(reopen(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON)).reasonVi("").build(),
                CoreErrorCode.VALUE_BLANK);

        fixtures.ledger.submit(reopen(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON.plusDays(1)));
        fixtures.assertRefused(reopen(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON.plusDays(1)), DutyErrorCode.DUTY_NOT_APPROVED);
        fixtures.assertRefused(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON.plusDays(1)), DutyErrorCode.DUTY_NOT_PENDING);
    }

    @Test
    void returningTwice_isRefused() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023", COMMUNE_ANNUAL, "2023", ON, "v1"));
        fixtures.ledger.submit(returnForCorrection(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON));
        fixtures.assertRefused(returnForCorrection(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON), DutyErrorCode.DUTY_ALREADY_RETURNED);
        fixtures.assertRefused(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON), DutyErrorCode.DUTY_ALREADY_RETURNED);
    }
}
