package org.ketnghia.core.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.duty.DutyFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.LedgerErrorCode;

/**
 * Who may record each reporting act: each level reports for itself (a commune committee for its own commune, a
 * sponsor for its own part), the level above decides (the district office on its communes' reports, the
 * provincial committee on the districts'), and auditors and the public record nothing.
 */
class DutyPermissionTest {

    private static final LocalDate ON = LocalDate.of(2024, 1, 5);

    private final DutyFixtures fixtures = new DutyFixtures();

    @Test
    void declareCalendar_onlyTheProvinceOrTheSystem() {
        fixtures.assertRefused(declareCalendar(TAY_GIANG_OFFICE), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(declareCalendar(A_XAN_COMMITTEE), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(declareCalendar(SPONSOR_ACCOUNTANT), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(declareCalendar(GROUP_LEADER), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(declareCalendar(AUDITOR), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.assertRefused(declareCalendar(PUBLIC), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);

        fixtures.ledger.submit(DeclareReportingDuties.builder().from(declareCalendar(BAN_DAN_TOC))
                .duties(java.util.List.of(duty("bao-cao-quy-tinh", DutyKind.ANNUAL, ReportingTier.PROVINCE, 5))).build());
        fixtures.ledger.submit(DeclareReportingDuties.builder().from(declareCalendar(SYSTEM))
                .duties(java.util.List.of(duty("bao-cao-he-thong", DutyKind.ANNUAL, ReportingTier.PROVINCE, 5))).build());
        java.util.List<ReportingDuty> declared = fixtures.ledger.read(ReportingDuties.class, d -> d.duties(PROGRAMME));
        assertThat(declared).hasSize(calendar().size() + 2);
    }

    @Test
    void requestReport_theProvinceOrADistrictForItsOwnCommunes() {
        fixtures.ledger.submit(request(BAN_DAN_TOC, QNA, "yc-tinh", A_XAN));
        fixtures.ledger.submit(request(TAY_GIANG_OFFICE, TAY_GIANG, "yc-huyen", A_XAN));
        fixtures.assertRefused(request(DONG_GIANG_OFFICE, TAY_GIANG, "yc-dong-giang", A_XAN), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        fixtures.assertRefused(request(A_XAN_COMMITTEE, A_XAN, "yc-xa", A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(request(SPONSOR_ACCOUNTANT, QNA, "yc-stc", A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(request(AUDITOR, QNA, "yc-kt", A_XAN), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.assertRefused(request(PUBLIC, QNA, "yc-cc", A_XAN), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
    }

    @Test
    void submitReport_eachLevelForItselfOnly() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan", COMMUNE_ANNUAL, "2023", ON, "x"));
        fixtures.ledger.submit(submit(TAY_GIANG_OFFICE, TAY_GIANG, "huyen", DISTRICT_ANNUAL, "2023", ON, "h"));
        fixtures.ledger.submit(submit(BAN_DAN_TOC, QNA, "tinh", PROVINCE_ANNUAL, "2023", ON, "t"));
        fixtures.ledger.submit(sponsorReport(SPONSOR_ACCOUNTANT, SPONSOR, QNA, "stc", "2023", ON));
        fixtures.ledger.submit(submit(SYSTEM, A_NONG, "anong-import", COMMUNE_ANNUAL, "2023", ON, "import"));

        fixtures.assertRefused(submit(A_XAN_COMMITTEE, A_NONG, "anong", COMMUNE_ANNUAL, "2022", ON, "y"), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        fixtures.assertRefused(submit(TAY_GIANG_OFFICE, A_NONG, "anong", COMMUNE_ANNUAL, "2022", ON, "y"), DutyErrorCode.DUTY_ROLE_NOT_OF_LEVEL);
        fixtures.assertRefused(submit(BAN_DAN_TOC, TAY_GIANG, "huyen-2", DISTRICT_ANNUAL, "2022", ON, "y"), DutyErrorCode.DUTY_ROLE_NOT_OF_LEVEL);
        fixtures.assertRefused(sponsorReport(OTHER_SPONSOR_ACCOUNTANT, SPONSOR, QNA, "stc-2", "2022", ON), LedgerErrorCode.LEDGER_PERMISSION_SPONSOR);
        fixtures.assertRefused(sponsorReport(BAN_DAN_TOC, SPONSOR, QNA, "stc-3", "2022", ON), DutyErrorCode.DUTY_ROLE_NOT_OF_LEVEL);
        fixtures.assertRefused(submit(GROUP_LEADER, A_XAN, "to", COMMUNE_ANNUAL, "2022", ON, "y"), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(submit(AUDITOR, A_XAN, "kt", COMMUNE_ANNUAL, "2022", ON, "y"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.assertRefused(submit(PUBLIC, A_XAN, "cc", COMMUNE_ANNUAL, "2022", ON, "y"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
    }

    @Test
    void approveReport_districtOfficeForItsCommunes_provincialCommitteeForDistricts() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan", COMMUNE_ANNUAL, "2023", ON, "x"));
        fixtures.ledger.submit(submit(TAY_GIANG_OFFICE, TAY_GIANG, "huyen", DISTRICT_ANNUAL, "2023", ON, "h"));

        fixtures.assertRefused(approve(DONG_GIANG_OFFICE, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        fixtures.assertRefused(approve(A_XAN_COMMITTEE, A_XAN, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(approve(SPONSOR_ACCOUNTANT, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(approve(AUDITOR, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.assertRefused(approve(PUBLIC, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.assertRefused(approve(BAN_DAN_TOC, QNA, "axan", ON), DutyErrorCode.DUTY_WRONG_LEVEL);
        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan", ON));

        fixtures.assertRefused(approve(TAY_GIANG_OFFICE, QNA, "huyen", ON), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        fixtures.assertRefused(approve(TAY_GIANG_OFFICE, TAY_GIANG, "huyen", ON), DutyErrorCode.DUTY_WRONG_LEVEL, DutyErrorCode.DUTY_SELF_APPROVAL);
        fixtures.ledger.submit(approve(BAN_DAN_TOC, QNA, "huyen", ON));
    }

    @Test
    void returnReport_onlyTheLevelAbove() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan", COMMUNE_ANNUAL, "2023", ON, "x"));

        fixtures.assertRefused(returnForCorrection(A_XAN_COMMITTEE, A_XAN, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(returnForCorrection(DONG_GIANG_OFFICE, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        fixtures.assertRefused(returnForCorrection(BAN_DAN_TOC, QNA, "axan", ON), DutyErrorCode.DUTY_WRONG_LEVEL);
        fixtures.assertRefused(returnForCorrection(SPONSOR_ACCOUNTANT, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(returnForCorrection(AUDITOR, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.assertRefused(returnForCorrection(PUBLIC, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.ledger.submit(returnForCorrection(TAY_GIANG_OFFICE, TAY_GIANG, "axan", ON));
    }

    @Test
    void reopenReport_onlyTheApprovingLevel() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan", COMMUNE_ANNUAL, "2023", ON, "x"));
        fixtures.ledger.submit(approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan", ON));

        fixtures.assertRefused(reopen(A_XAN_COMMITTEE, A_XAN, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(reopen(DONG_GIANG_OFFICE, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        fixtures.assertRefused(reopen(BAN_DAN_TOC, QNA, "axan", ON), DutyErrorCode.DUTY_WRONG_LEVEL);
        fixtures.assertRefused(reopen(SPONSOR_ACCOUNTANT, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        fixtures.assertRefused(reopen(AUDITOR, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.assertRefused(reopen(PUBLIC, TAY_GIANG, "axan", ON), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        fixtures.ledger.submit(reopen(TAY_GIANG_OFFICE, TAY_GIANG, "axan", ON));
    }

    @Test
    void afterTheReorganisation_theCityCommitteeDecides_andANewCommuneSubmitsForItselfOnly() {
        LocalDate in2026 = LocalDate.of(2026, 1, 5);
        fixtures.ledger.submit(submit(HUNG_SON_COMMITTEE, HUNG_SON, "hungson", COMMUNE_ANNUAL, "2025", in2026, "x"));
        fixtures.assertRefused(submit(HUNG_SON_COMMITTEE, TAY_GIANG_COMMUNE, "taygiang", COMMUNE_ANNUAL, "2025", in2026, "y"),
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        fixtures.assertRefused(approve(BAN_DAN_TOC, DNG, "hungson", in2026), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        fixtures.ledger.submit(approve(DA_NANG, DNG, "hungson", in2026));
        assertThat(fixtures.status(COMMUNE_ANNUAL, "2025", Reporter.unit(HUNG_SON), in2026)).isEqualTo(ReportStatus.APPROVED);
    }

    private static RequestReport request(Actor actor, String unit, String requestId, String addressee) {
        return RequestReport.builder().actor(actor).unitCode(unit).occurredOn(ON).programmeId(PROGRAMME)
                .request(ReportRequest.builder().requestId(requestId).titleVi("Báo cáo nhanh").periodFrom(ON.minusMonths(1)).periodTo(ON)
                        .deadline(ON.plusDays(10)).addAddresseeUnitCodes(addressee).build())
                .build();
    }
}
