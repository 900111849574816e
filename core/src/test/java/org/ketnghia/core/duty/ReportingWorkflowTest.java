package org.ketnghia.core.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.duty.DutyFixtures.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;

/** Reports as acts: submitted with their hash, approved or returned by the level above, locked, reopened. */
class ReportingWorkflowTest {

    private final DutyFixtures fixtures = new DutyFixtures();

    @org.junit.jupiter.api.Test
    void aSnapshotSavedByOtherProgrammeRegistryCode_isRefused() {
        ReportingDuties.State saved = ReportingDuties.SNAPSHOT_FORM.save().apply(new ReportingDuties());
        ReportingDuties.State stale = new ReportingDuties.State("0".repeat(64), saved.programmes(), saved.twinningFingerprint(),
                saved.twinning(), saved.duties(), saved.requests(), saved.trails(), saved.submissions());

        assertThat(ReportingDuties.SNAPSHOT_FORM.restore().apply(saved)).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportingDuties.SNAPSHOT_FORM.restore().apply(stale))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("changed");
    }

    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        org.assertj.core.api.Assertions.assertThat(
                org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(fixtures.ledger)).isPositive();
    }

    @Test
    void calendar_followsTheProgrammeDates() {
        ReportingDuties duties = fixtures.ledger.read(ReportingDuties.class, d -> d);
        ReportingDuty annual = duties.duty(PROGRAMME, COMMUNE_ANNUAL).orElseThrow();
        ReportingDuty interim = duties.duty(PROGRAMME, INTERIM).orElseThrow();
        ReportingDuty last = duties.duty(PROGRAMME, FINAL).orElseThrow();

        assertThat(annual.periods(programme())).extracting(DutyPeriod::key).containsExactly("2022", "2023", "2024", "2025", "2026");
        assertThat(annual.period(programme(), "2024")).contains(
                new DutyPeriod("2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 10)));
        assertThat(interim.periods(programme())).containsExactly(new DutyPeriod(ReportingDuty.INTERIM_REVIEW_PERIOD, START,
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 30)));
        assertThat(last.periods(programme())).containsExactly(new DutyPeriod(ReportingDuty.FINAL_REVIEW_PERIOD, START,
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 14)));
        assertThat(duties.duty(PROGRAMME, HOUSEHOLD_LIST).orElseThrow().period(programme(), "2023").orElseThrow().deadline())
                .isEqualTo(LocalDate.of(2023, 12, 15));
    }

    @Test
    void approvedReport_isLocked_andResubmittedOnlyAfterTheApprovingLevelReopensIt() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023", COMMUNE_ANNUAL, "2023", LocalDate.of(2024, 1, 5), "v1"));
        assertThat(fixtures.status(COMMUNE_ANNUAL, "2023", Reporter.unit(A_XAN), LocalDate.of(2024, 1, 6))).isEqualTo(ReportStatus.SUBMITTED);

        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", LocalDate.of(2024, 1, 8)));
        DutyStatus approved = status(LocalDate.of(2024, 1, 9));
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.locked()).isTrue();
        fixtures.assertRefused(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023-b", COMMUNE_ANNUAL, "2023", LocalDate.of(2024, 2, 1), "v2"),
                DutyErrorCode.DUTY_PERIOD_LOCKED);

        fixtures.ledger.submit(reopen(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", LocalDate.of(2024, 3, 1)));
        assertThat(status(LocalDate.of(2024, 3, 1)).status()).isEqualTo(ReportStatus.REOPENED);
        assertThat(status(LocalDate.of(2024, 3, 1)).locked()).isFalse();
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2023-b", COMMUNE_ANNUAL, "2023", LocalDate.of(2024, 3, 5), "v2"));
        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023-b", LocalDate.of(2024, 3, 6)));

        ReportTrail trail = fixtures.ledger.read(ReportingDuties.class, d -> d.trailOf("axan-2023-b")).orElseThrow();
        assertThat(trail.acts()).extracting(ReportAct::status).containsExactly(ReportStatus.SUBMITTED, ReportStatus.APPROVED,
                ReportStatus.REOPENED, ReportStatus.SUBMITTED, ReportStatus.APPROVED);
        assertThat(trail.acts().get(2).reasonVi()).contains("Phát hiện sai sót số liệu sau khi duyệt");
        assertThat(trail.statusOn(LocalDate.of(2024, 1, 31))).as("history kept: as known then").isEqualTo(ReportStatus.APPROVED);
        assertThat(trail.latestSubmission().flatMap(ReportAct::contentSha256)).contains(hash("v2"));
    }

    @Test
    void returnedReport_isResubmittedWithNewContent_andTheOldSubmissionCannotBeDecidedOn() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2022", COMMUNE_ANNUAL, "2022", LocalDate.of(2023, 1, 5), "v1"));
        fixtures.ledger.submit(returnForCorrection(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2022", LocalDate.of(2023, 1, 6)));
        assertThat(fixtures.status(COMMUNE_ANNUAL, "2022", Reporter.unit(A_XAN), LocalDate.of(2023, 1, 6))).isEqualTo(ReportStatus.RETURNED);

        fixtures.assertRefused(submit(A_XAN_COMMITTEE, A_XAN, "axan-2022-b", COMMUNE_ANNUAL, "2022", LocalDate.of(2023, 1, 7), "v1"),
                DutyErrorCode.DUTY_CONTENT_UNCHANGED);
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2022-b", COMMUNE_ANNUAL, "2022", LocalDate.of(2023, 1, 7), "v2"));
        fixtures.assertRefused(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2022", LocalDate.of(2023, 1, 8)), DutyErrorCode.DUTY_SUPERSEDED);
        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2022-b", LocalDate.of(2023, 1, 8)));

        assertThat(fixtures.status(COMMUNE_ANNUAL, "2022", Reporter.unit(A_XAN), LocalDate.of(2023, 1, 8))).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void afterTheDistrictsWereAbolished_theProvinceDecidesOnCommuneReports_evenOnesSubmittedBefore() {
        // submitted to the district in June 2025, still pending on 1 July 2025 when the district is gone
        fixtures.ledger.submit(submit(A_NONG_COMMITTEE, A_NONG, "anong-2024", COMMUNE_ANNUAL, "2024", LocalDate.of(2025, 6, 20), "v1"));
        assertThat(ReportingChain.approverOf(Reporter.unit(A_NONG), QNA, LocalDate.of(2025, 6, 30), fixtures.units()).orElseThrow().code())
                .isEqualTo(TAY_GIANG);
        assertThat(ReportingChain.approverOf(Reporter.unit(A_NONG), QNA, LocalDate.of(2025, 7, 1), fixtures.units()).orElseThrow().code())
                .isEqualTo(DNG);

        fixtures.assertRefused(approve(SYSTEM, HUNG_SON, "anong-2024", LocalDate.of(2025, 7, 5)), DutyErrorCode.DUTY_WRONG_LEVEL);
        fixtures.ledger.submit(approve(DA_NANG, DNG, "anong-2024", LocalDate.of(2025, 7, 5)));

        // the 2025 report is owed by the new commune, to the city
        fixtures.ledger.submit(submit(HUNG_SON_COMMITTEE, HUNG_SON, "hungson-2025", COMMUNE_ANNUAL, "2025", LocalDate.of(2026, 1, 5), "v1"));
        fixtures.ledger.submit(approve(DA_NANG, DNG, "hungson-2025", LocalDate.of(2026, 1, 6)));
        assertThat(fixtures.status(COMMUNE_ANNUAL, "2025", Reporter.unit(HUNG_SON), LocalDate.of(2026, 1, 6))).isEqualTo(ReportStatus.APPROVED);
        assertThat(fixtures.status(COMMUNE_ANNUAL, "2024", Reporter.unit(A_NONG), LocalDate.of(2026, 1, 6))).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void supportedHouseholdList_isASubmissionWhoseHashIsOfTheListsContent() {
        byte[] list = "STT;Chủ hộ;Thôn;Diện;Mức hỗ trợ\n1;Bríu Thị Hoa;A Ur;Hộ nghèo;5 con dê\n".getBytes(StandardCharsets.UTF_8);
        SubmitReport asReport = SubmitReport.builder().from(submit(A_XAN_COMMITTEE, A_XAN, "ds-axan-2023", HOUSEHOLD_LIST, "2023",
                LocalDate.of(2023, 12, 10), "list")).contentSha256(ReportContent.sha256(list)).build();
        fixtures.assertRefused(asReport, DutyErrorCode.DUTY_WRONG_KIND);

        List<EventEnvelope> recorded = fixtures.ledger.submit(SubmitReport.builder().from(asReport)
                .submissionKind(SubmissionKind.SUPPORTED_HOUSEHOLD_LIST).build());
        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "ds-axan-2023", LocalDate.of(2023, 12, 12)));

        ReportSubmitted submitted = recorded.get(0).payloadAs(ReportSubmitted.class).orElseThrow();
        assertThat(submitted.contentSha256()).isEqualTo(ReportContent.sha256(list)).hasSize(64);
        assertThat(submitted.submissionKind()).isEqualTo(SubmissionKind.SUPPORTED_HOUSEHOLD_LIST);
        assertThat(fixtures.status(HOUSEHOLD_LIST, "2023", Reporter.unit(A_XAN), LocalDate.of(2023, 12, 31))).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void provinceReport_goesToThePeoplesCommittee_andIsApprovedByAnotherOfficial() {
        fixtures.ledger.submit(submit(BAN_DAN_TOC, QNA, "tinh-2024", PROVINCE_ANNUAL, "2024", LocalDate.of(2025, 1, 20), "v1"));
        fixtures.assertRefused(approve(BAN_DAN_TOC, QNA, "tinh-2024", LocalDate.of(2025, 1, 25)), DutyErrorCode.DUTY_SELF_APPROVAL);
        fixtures.ledger.submit(approve(UBND_TINH, QNA, "tinh-2024", LocalDate.of(2025, 1, 25)));

        assertThat(fixtures.status(PROVINCE_ANNUAL, "2024", Reporter.unit(QNA), LocalDate.of(2025, 2, 1))).isEqualTo(ReportStatus.APPROVED);
        assertThat(fixtures.statuses(LocalDate.of(2026, 3, 1))).filteredOn(s -> s.obligation().dutyId().equals(Optional.of(PROVINCE_ANNUAL)))
                .extracting(s -> s.obligation().reporter().code()).containsExactly(QNA, QNA, QNA, DNG, DNG);
    }

    @Test
    void sponsor_reportsOnItsOwnPart_toTheProvince() {
        fixtures.ledger.submit(sponsorReport(SPONSOR_ACCOUNTANT, SPONSOR, QNA, "stc-2023", "2023", LocalDate.of(2024, 1, 10)));
        fixtures.ledger.submit(approve(BAN_DAN_TOC, QNA, "stc-2023", LocalDate.of(2024, 1, 12)));

        assertThat(fixtures.status(SPONSOR_ANNUAL, "2023", Reporter.ofSponsor(SPONSOR), LocalDate.of(2024, 1, 12)))
                .isEqualTo(ReportStatus.APPROVED);
        assertThat(fixtures.statuses(LocalDate.of(2024, 1, 12))).extracting(s -> s.obligation().reporter())
                .as("a sponsor twinned with no commune of the programme owes nothing").doesNotContain(Reporter.ofSponsor(OTHER_SPONSOR));
    }

    @Test
    void adHocRequest_isOwedByItsAddressees_withItsDeadline() {
        fixtures.ledger.submit(RequestReport.builder().actor(BAN_DAN_TOC).unitCode(QNA).occurredOn(LocalDate.of(2024, 6, 3)).programmeId(PROGRAMME)
                .request(ReportRequest.builder().requestId("han-han-2024").titleVi("Báo cáo thiệt hại do hạn hán")
                        .periodFrom(LocalDate.of(2024, 1, 1)).periodTo(LocalDate.of(2024, 5, 31)).deadline(LocalDate.of(2024, 6, 15))
                        .addAddresseeUnitCodes(A_XAN, TAY_GIANG).addAddresseeSponsorIds(SPONSOR).build())
                .build());
        fixtures.ledger.submit(SubmitReport.builder().actor(A_XAN_COMMITTEE).unitCode(A_XAN).occurredOn(LocalDate.of(2024, 6, 10))
                .submissionId("axan-han-han").programmeId(PROGRAMME).requestId("han-han-2024").submissionKind(SubmissionKind.REPORT)
                .contentSha256(hash("thiệt hại")).dispatchNumber("30/BC-UBND").dispatchDate(LocalDate.of(2024, 6, 10)).build());
        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-han-han", LocalDate.of(2024, 6, 11)));

        List<DutyStatus> requested = fixtures.statuses(LocalDate.of(2024, 6, 20)).stream()
                .filter(s -> s.obligation().requestId().isPresent()).toList();
        assertThat(requested).extracting(s -> s.obligation().reporter(), DutyStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Reporter.ofSponsor(SPONSOR), ReportStatus.DUE),
                org.assertj.core.groups.Tuple.tuple(Reporter.unit(TAY_GIANG), ReportStatus.DUE),
                org.assertj.core.groups.Tuple.tuple(Reporter.unit(A_XAN), ReportStatus.APPROVED));
        assertThat(fixtures.lateAndMissing(LocalDate.of(2024, 6, 20)))
                .filteredOn(o -> o.obligation().requestId().isPresent()).extracting(o -> o.obligation().reporter().code())
                .containsExactly(SPONSOR, TAY_GIANG);
    }

    @Test
    void statuses_listEveryDutyPerUnitAndPeriodBegunByTheDate() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2022", COMMUNE_ANNUAL, "2022", LocalDate.of(2023, 1, 5), "v1"));

        List<DutyStatus> statuses = fixtures.statuses(LocalDate.of(2022, 12, 31));
        assertThat(statuses).filteredOn(s -> s.obligation().dutyId().equals(Optional.of(COMMUNE_ANNUAL)))
                .extracting(s -> s.obligation().reporter().code()).containsExactly(A_NONG, A_XAN);
        assertThat(statuses).extracting(DutyStatus::status).containsOnly(ReportStatus.DUE);
        assertThat(statuses).extracting(s -> s.obligation().dutyId().orElseThrow())
                .as("the interim and final reviews' periods began with the programme").contains(INTERIM, FINAL);
        assertThat(fixtures.status(COMMUNE_ANNUAL, "2022", Reporter.unit(A_XAN), LocalDate.of(2023, 1, 5))).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(fixtures.ledger.verifyChain().isIntact()).isTrue();
    }

    private DutyStatus status(LocalDate asOf) {
        return fixtures.statuses(asOf).stream().filter(s -> s.obligation().dutyId().equals(Optional.of(COMMUNE_ANNUAL))
                && s.obligation().period().key().equals("2023") && s.obligation().reporter().equals(Reporter.unit(A_XAN))).findFirst()
                .orElseThrow();
    }
}
