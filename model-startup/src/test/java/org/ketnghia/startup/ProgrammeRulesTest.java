package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ketnghia.startup.StartupTestKit.A_NONG;
import static org.ketnghia.startup.StartupTestKit.A_XAN;
import static org.ketnghia.startup.StartupTestKit.APPROVED;
import static org.ketnghia.startup.StartupTestKit.CALL_2025;
import static org.ketnghia.startup.StartupTestKit.TAY_GIANG;
import static org.ketnghia.startup.StartupTestKit.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.ContributionForm;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.LocalDevelopmentPlan;
import org.ketnghia.startup.policy.StartupPolicy;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.ApproveApplication;
import org.ketnghia.startup.project.CounterpartPledge;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.OpenCall;
import org.ketnghia.startup.project.ProjectOutcome;
import org.ketnghia.startup.project.ScreenCall;
import org.ketnghia.startup.project.StartupProject;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.project.SubmitApplication;
import org.ketnghia.startup.screening.StartupRules;
import org.ketnghia.startup.simulation.SectorRates;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The plan's rules enforced when recording (issue 17): calls and applications only in the programme's districts or
 * the communes that carry them on, the local development plan followed across the 1 July 2025 reorganisation, no
 * step of a project dated before its approval, and the programme's norm of support per project.
 */
class ProgrammeRulesTest {

    /** The commune Đại Lộc of Đà Nẵng, formed in 2025 in the former lowland district Đại Lộc. */
    private static final String DAI_LOC = "DNG.DAI-LOC";
    private static final String HUNG_SON = Participants.HUNG_SON;
    private static final String THANH_MY = "DNG.THANH-MY";
    private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 15);

    /** Enough counterpart for a community project in an area of no particular difficulty (70 % ceiling). */
    private static final CounterpartPledge LABOUR = new CounterpartPledge(ContributionForm.LABOUR, Money.ofMillions(20),
            "Ngày công làm đất");

    private final StartupTestKit kit = new StartupTestKit();

    private List<Problem> refusal(Command command) {
        long before = kit.ledger.lastSequence();
        Throwable thrown = catchThrowable(() -> kit.ledger.submit(command));
        assertThat(thrown).as("%s must be refused", command.getClass().getSimpleName()).isInstanceOf(KetnghiaException.class);
        assertThat(kit.ledger.lastSequence()).as("nothing appended").isEqualTo(before);
        return ((KetnghiaException) thrown).problems();
    }

    private StartupProject project(String applicationId) {
        return kit.ledger.read(StartupProjects.class, projects -> projects.project(applicationId).orElseThrow());
    }

    private static OpenCall call(String callId, String unit, LocalDate opened, LocalDate deadline) {
        return OpenCall.builder().actor(Fixtures.PROVINCE).unitCode(unit).occurredOn(opened).callId(callId)
                .title("Kêu gọi hồ sơ " + callId).deadline(deadline).budget(Money.ofMillions(100)).build();
    }

    // ------------------------------------------------------------------ scope

    @Test
    void aCallOutsideTheProgrammesDistricts_isRefused_oneInThemAccepted() {
        kit.submit(StartupTestKit.programme(TAY_GIANG));

        List<Problem> outside = refusal(call("kg-dai-loc", "QNA.DAI-LOC", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)));
        assertThat(outside).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS, "unitCode"));
        assertThat(outside.get(0).messageVi()).contains("QNA.DAI-LOC").contains(StartupTestKit.PROGRAMME);

        kit.submit(call("kg-tay-giang", TAY_GIANG, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)));
        kit.submit(call("kg-hung-son", HUNG_SON, IN_2026, IN_2026.plusMonths(1)));
        assertThat(kit.ledger.read(StartupProjects.class, StartupProjects::calls)).hasSize(2);
    }

    /** A city-wide call of 2026, and an entrepreneur of the lowland commune Đại Lộc. */
    private void cityWideCallOf2026() {
        kit.registerParticipants();
        kit.submit(RegisterPerson.builder().actor(Fixtures.PROVINCE).unitCode(DAI_LOC).occurredOn(IN_2026)
                .personId("P-DL").fullName("Lê Thị Mai").sex(Sex.FEMALE).birthYear(1997).addRoles(PersonRole.ENTREPRENEUR)
                .build());
        kit.submit(call("kg-2026", "DNG", IN_2026, IN_2026.plusMonths(2)));
    }

    private static SubmitApplication application2026(String applicationId, String commune, String applicantId,
            String listedHousehold) {
        return application(applicationId, commune, ApplicantKind.INDIVIDUAL, applicantId, listedHousehold).callId("kg-2026")
                .occurredOn(IN_2026.plusDays(10)).counterpart(List.of(LABOUR)).build();
    }

    @Test
    void anApplicationFromACommuneOutsideTheDistricts_isRefused_evenToACityWideCall() {
        cityWideCallOf2026();
        kit.submit(StartupTestKit.programme(TAY_GIANG));

        List<Problem> outside = refusal(application2026("A-DL", DAI_LOC, "P-DL", "HN-03"));
        assertThat(outside).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS, "unitCode"));

        kit.submit(application2026("A-HS", HUNG_SON, "P-01", "HN-04"));
        assertThat(project("A-HS").communeCode()).isEqualTo(HUNG_SON);
    }

    @Test
    void withoutADeclaredProgramme_callsAndApplicationsAnywhere_areAcceptedAsBefore() {
        cityWideCallOf2026();
        kit.submit(application2026("A-DL", DAI_LOC, "P-DL", "HN-03"));
        assertThat(project("A-DL").communeCode()).isEqualTo(DAI_LOC);
    }

    @Test
    void aProgrammeOfOtherDistricts_refusesTheCallOfTayGiang() {
        kit.submit(StartupTestKit.programme("QNA.NAM-GIANG"));
        assertThat(refusal(kit.openCall(StartupTestKit.CALL, TAY_GIANG, StartupTestKit.CALL_BUDGET)))
                .extracting(Problem::code).containsExactly(ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS);
    }

    // ------------------------------------------------------------------ local development plan after 1 July 2025

    @Test
    void after2025_anApplicationFromHungSon_fitsTheLocalPlanOfTayGiangDistrict_oneFromThanhMyDoesNot() {
        LocalDevelopmentPlan tayGiangOnly = new LocalDevelopmentPlan("Quy hoạch của huyện Tây Giang",
                List.of(new LocalDevelopmentPlan.Entry(TAY_GIANG, java.util.Set.of("banana"))));
        StartupTestKit planned = new StartupTestKit(new StartupConfiguration(SectorCatalogue.quangNam2021(),
                StartupPolicy.nationalPractice(), tayGiangOnly, SectorRates.quangNam2021()));
        planned.registerParticipants();
        planned.submit(call("kg-2026", "DNG", IN_2026, IN_2026.plusMonths(2)));
        planned.submit(application("A-HS", HUNG_SON, ApplicantKind.INDIVIDUAL, "P-01", "HN-04").callId("kg-2026")
                .occurredOn(IN_2026.plusDays(10)).counterpart(List.of(LABOUR)).build());
        planned.submit(application("A-TM", THANH_MY, ApplicantKind.INDIVIDUAL, "P-02", "HN-03").callId("kg-2026")
                .occurredOn(IN_2026.plusDays(10)).counterpart(List.of(LABOUR)).build());
        planned.submit(ScreenCall.builder().actor(Fixtures.PROVINCE).unitCode("DNG").occurredOn(IN_2026.plusMonths(2).plusDays(5))
                .callId("kg-2026").build());

        EligibilityReason hungSon = localPlan(planned, "A-HS");
        assertThat(hungSon.met()).isTrue();
        assertThat(hungSon.facts()).containsEntry("planningUnit", TAY_GIANG);
        EligibilityReason thanhMy = localPlan(planned, "A-TM");
        assertThat(thanhMy.met()).isFalse();
        assertThat(thanhMy.messageVi()).contains("không có trong định hướng quy hoạch");
        assertThat(thanhMy.messageEn()).contains("not in the local development plan");
        org.ketnghia.startup.project.ApplicationStatus status = planned.ledger.read(StartupProjects.class,
                projects -> projects.project("A-TM").orElseThrow().status());
        assertThat(status).isEqualTo(org.ketnghia.startup.project.ApplicationStatus.INELIGIBLE);
    }

    private static EligibilityReason localPlan(StartupTestKit kit, String applicationId) {
        return kit.ledger.read(StartupProjects.class, projects -> projects.project(applicationId).orElseThrow())
                .screening().orElseThrow().conditions().stream().filter(reason -> reason.ruleId().equals(StartupRules.LOCAL_PLAN))
                .findFirst().orElseThrow();
    }

    @Test
    void aCallOfTayGiangDistrictOpenBeforeTheMergers_takesAnApplicationFromHungSonAfterThem() {
        kit.registerParticipants();
        kit.submit(call("kg-chuyen-tiep", TAY_GIANG, LocalDate.of(2025, 6, 16), LocalDate.of(2025, 7, 31)));
        kit.submit(application("A-HS", HUNG_SON, ApplicantKind.INDIVIDUAL, "P-01", "HN-04").callId("kg-chuyen-tiep")
                .occurredOn(LocalDate.of(2025, 7, 10)).counterpart(List.of(LABOUR)).build());
        assertThat(project("A-HS").communeCode()).isEqualTo(HUNG_SON);
        assertThat(refusal(application("A-TM", THANH_MY, ApplicantKind.INDIVIDUAL, "P-02", "HN-03")
                .callId("kg-chuyen-tiep").occurredOn(LocalDate.of(2025, 7, 10)).counterpart(List.of(LABOUR)).build()))
                .extracting(Problem::code).containsExactly(StartupErrorCode.STARTUP_OUTSIDE_CALL_AREA);
    }

    // ------------------------------------------------------------------ no step before the approval

    @Test
    void closingAProject_orAnyLaterStep_datedBeforeItsApproval_isRefused() {
        kit.playCall();
        LocalDate before = APPROVED.minusDays(1);
        List<Problem> closure = refusal(StartupTestKit.close("A-03", A_XAN, ProjectOutcome.FAILED, before, "Ngừng sản xuất"));
        assertThat(closure).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(StartupErrorCode.STARTUP_BEFORE_APPROVAL, "occurredOn"));
        assertThat(closure.get(0).messageEn()).contains("A-03").contains(APPROVED.toString()).contains(before.toString());

        assertThat(refusal(StartupTestKit.followUp("A-03", A_XAN, 2, before).build())).extracting(Problem::code)
                .containsExactly(StartupErrorCode.STARTUP_BEFORE_APPROVAL);
        assertThat(refusal(StartupTestKit.tranche("A-08", A_NONG, 3, before, ItemAmount.of("seedlings", Money.ofMillions(1)))))
                .extracting(Problem::code).contains(StartupErrorCode.STARTUP_BEFORE_APPROVAL);
        assertThat(project("A-03").approvedOn()).contains(APPROVED);

        kit.submit(StartupTestKit.close("A-03", A_XAN, ProjectOutcome.FAILED, APPROVED, "Ngừng sản xuất ngay sau phê duyệt"));
        assertThat(project("A-03").closure()).isPresent();
    }

    @Test
    void aMilestoneDatedBeforeTheApproval_isRefused() {
        kit.prepareCall();
        kit.submitApplications();
        kit.submit(StartupTestKit.screen(StartupTestKit.CALL));
        kit.submit(StartupTestKit.approvalOn("A-01", A_XAN, LocalDate.of(2024, 9, 10)));
        assertThat(refusal(StartupTestKit.milestone("A-01", A_XAN))).extracting(Problem::code)
                .containsExactly(StartupErrorCode.STARTUP_BEFORE_APPROVAL);
    }

    // ------------------------------------------------------------------ norm of support per project

    @Test
    void anApprovalAboveTheNormPerProject_isRefusedWithoutAJustification_andKeepsOneGiven() {
        kit.playCall();
        kit.playProgrammeCall();

        ApplicationApproved justified = project("A-11").approval().orElseThrow();
        assertThat(justified.aboveNormJustification()).hasValueSatisfying(reason -> assertThat(reason).contains("Công văn 45"));

        List<Problem> above = refusal(StartupTestKit.approvalOn("A-12", A_XAN, StartupTestKit.APPROVED_2025));
        assertThat(above).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(StartupErrorCode.STARTUP_SUPPORT_ABOVE_NORM, "aboveNormJustification"));
        assertThat(above.get(0).messageVi()).contains("A-12").contains("40.000.000").contains("35.000.000")
                .contains("startup.support-per-project");

        assertThat(refusal(ApproveApplication.builder().from(StartupTestKit.approvalOn("A-12", A_XAN, StartupTestKit.APPROVED_2025))
                .aboveNormJustification(" ").build())).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(CoreErrorCode.VALUE_BLANK, "aboveNormJustification"));

        List<ItemAmount> atTheNorm = List.of(ItemAmount.of("seedlings", Money.ofMillions(30)),
                ItemAmount.of("fertiliser", Money.ofMillions(5)));
        kit.submit(ApproveApplication.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(StartupTestKit.APPROVED_2025)
                .applicationId("A-12").decisionReference("QĐ A-12/QĐ-UBND").approvedItems(atTheNorm)
                .addTranches(new org.ketnghia.startup.project.TranchePlan(1, Optional.empty(), atTheNorm)).build());
        assertThat(project("A-12").approval().orElseThrow().aboveNormJustification()).isEmpty();
        Money approvedIn2025 = kit.ledger.read(StartupProjects.class, projects -> projects.approvedIn(CALL_2025));
        assertThat(approvedIn2025).isEqualTo(Money.ofMillions(75));
    }

    @Test
    void withoutANormInTheProgramme_anyApprovalWithinTheCallIsAccepted() {
        kit.playCall();
        assertThat(project("A-01").approval().orElseThrow().approvedTotal()).isEqualTo(Money.ofMillions(40));
        assertThat(project("A-01").approval().orElseThrow().aboveNormJustification()).isEqualTo(Optional.empty());
    }
}
