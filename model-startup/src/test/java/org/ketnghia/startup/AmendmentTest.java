package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.startup.StartupTestKit.A_NONG;
import static org.ketnghia.startup.StartupTestKit.A_XAN;
import static org.ketnghia.startup.StartupTestKit.APPROVED;
import static org.ketnghia.startup.StartupTestKit.FIRST_PAID;
import static org.ketnghia.startup.StartupTestKit.TAY_GIANG;
import static org.ketnghia.startup.StartupTestKit.approval;
import static org.ketnghia.startup.StartupTestKit.tranche;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.startup.indicators.StartupIndicators;
import org.ketnghia.startup.project.AmendApproval;
import org.ketnghia.startup.project.ApproveApplication;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.ApprovalAmended;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.Milestone;
import org.ketnghia.startup.project.StartupProject;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.project.TranchePlan;
import org.ketnghia.testing.Fixtures;

/**
 * Amending an approved project (issue 18): the plan as amended takes effect, never below what was paid, the approval
 * and every earlier version kept; refusals list every problem and append nothing; who may amend; the JSON of the new
 * types.
 */
class AmendmentTest {

    static final LocalDate AMENDED_ON = LocalDate.of(2024, 7, 1);

    private final StartupTestKit kit = new StartupTestKit();

    /** A-01 approved 30 M seedlings + 10 M fertiliser, its first tranche (20 M seedlings) paid. */
    @BeforeEach
    void a01ApprovedAndItsAdvancePaid() {
        kit.prepareCall();
        kit.submitApplications();
        kit.ledger.submit(StartupTestKit.screen(StartupTestKit.CALL));
        kit.ledger.submit(approval("A-01", A_XAN));
        kit.ledger.submit(tranche("A-01", A_XAN, 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(20))));
    }

    /** Seedlings cut to 25 M, the second tranche to 5 M seedlings and the 10 M fertiliser. */
    static AmendApproval reduceSeedlings(String applicationId, String commune, LocalDate on) {
        return AmendApproval.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(on)
                .applicationId(applicationId).decisionReference("QĐ điều chỉnh " + applicationId + "/QĐ-UBND")
                .reason("Giá giống giảm; hộ tự lo phần giống còn lại")
                .addApprovedItems(ItemAmount.of("seedlings", Money.ofMillions(25)),
                        ItemAmount.of("fertiliser", Money.ofMillions(10)))
                .addMilestones(new Milestone("m1", "Trồng xong 2 ha chuối"))
                .addTranches(new TranchePlan(1, Optional.empty(), List.of(ItemAmount.of("seedlings", Money.ofMillions(20)))),
                        new TranchePlan(2, Optional.of("m1"), List.of(ItemAmount.of("seedlings", Money.ofMillions(5)),
                                ItemAmount.of("fertiliser", Money.ofMillions(10)))))
                .build();
    }

    private List<StartupProjects.ApprovalAmendment> amendments() {
        return kit.ledger.read(StartupProjects.class, projects -> projects.amendments("A-01"));
    }

    private StartupProject a01() {
        return kit.ledger.read(StartupProjects.class, projects -> projects.project("A-01").orElseThrow());
    }

    @Test
    void anAmendment_changesThePlanInForce_andKeepsTheApprovalAsDecided() {
        ApplicationApproved decided = a01().approval().orElseThrow();

        kit.ledger.submit(reduceSeedlings("A-01", A_XAN, AMENDED_ON));

        ApplicationApproved inForce = a01().approval().orElseThrow();
        assertThat(inForce.approvedTotal()).isEqualTo(Money.ofMillions(35));
        assertThat(inForce.decisionReference()).isEqualTo(decided.decisionReference());
        assertThat(inForce.tranches().get(1).total()).isEqualTo(Money.ofMillions(15));
        List<StartupProjects.ApprovalAmendment> history = kit.ledger.read(StartupProjects.class,
                projects -> projects.amendments("A-01"));
        assertThat(history).singleElement().satisfies(amendment -> {
            assertThat(amendment.before()).isEqualTo(decided);
            assertThat(amendment.amendedOn()).isEqualTo(AMENDED_ON);
            assertThat(amendment.sequence()).isEqualTo(kit.ledger.lastSequence());
            assertThat(amendment.amendment().reason()).isEqualTo("Giá giống giảm; hộ tự lo phần giống còn lại");
            assertThat(amendment.amendment().previousTotal()).isEqualTo(Money.ofMillions(40));
            assertThat(amendment.amendment().totalChange()).isEqualTo(Money.ofMillions(-5));
        });
        Money approvedInCall = kit.ledger.read(StartupProjects.class, projects -> projects.approvedIn(StartupTestKit.CALL));
        assertThat(approvedInCall).isEqualTo(Money.ofMillions(35));
        assertThat(kit.ledger.verifyChain().isIntact()).isTrue();
    }

    @Test
    void afterAnAmendment_theSecondTranchePaysOnlyWhatTheAmendedPlanAllows() {
        kit.ledger.submit(reduceSeedlings("A-01", A_XAN, AMENDED_ON));
        kit.ledger.submit(StartupTestKit.milestone("A-01", A_XAN));

        assertRefused(tranche("A-01", A_XAN, 2, StartupTestKit.SECOND_PAID,
                ItemAmount.of("seedlings", Money.ofMillions(10)), ItemAmount.of("fertiliser", Money.ofMillions(10))),
                StartupErrorCode.STARTUP_DISBURSEMENT_ABOVE_APPROVED);
        kit.ledger.submit(tranche("A-01", A_XAN, 2, StartupTestKit.SECOND_PAID,
                ItemAmount.of("seedlings", Money.ofMillions(5)), ItemAmount.of("fertiliser", Money.ofMillions(10))));
        assertThat(a01().disbursedTotal()).isEqualTo(Money.ofMillions(35));
        assertThat(a01().unpaidTranches()).isEmpty();
    }

    @Test
    void theSupportApprovedInAPeriod_countsTheAmendmentsChange() {
        kit.ledger.submit(reduceSeedlings("A-01", A_XAN, AMENDED_ON));

        assertThat(approvedValue(ReportingPeriod.custom(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), "6 tháng",
                "half-year"))).isEqualTo(Money.ofMillions(40).dong());
        assertThat(approvedValue(ReportingPeriod.custom(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31), "6 tháng",
                "half-year"))).isEqualTo(Money.ofMillions(-5).dong());
        assertThat(approvedValue(ReportingPeriod.custom(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "năm",
                "year"))).isEqualTo(Money.ofMillions(35).dong());
    }

    private long approvedValue(ReportingPeriod period) {
        StartupModel model = new StartupModel(StartupConfiguration.quangNam2021());
        Report report = new ReportBuilder(kit.runtime.administrativeUnits())
                .addAll(model.indicatorSources(PilotModelContext.of(kit.runtime.administrativeUnits(), kit.runtime.clock())))
                .build(period, kit.ledger.store().readAll());
        return report.total(StartupIndicators.APPROVED_VALUE).orElse(IndicatorValue.ZERO).numerator();
    }

    @Test
    void anAmendmentBelowWhatWasPaid_orChangingAPaidTranche_isRefused_withEveryProblemAtOnce() {
        AmendApproval tooLow = AmendApproval.builder().from(reduceSeedlings("A-01", A_XAN, AMENDED_ON))
                .approvedItems(List.of(ItemAmount.of("seedlings", Money.ofMillions(15)),
                        ItemAmount.of("fertiliser", Money.ofMillions(10))))
                .tranches(List.of(new TranchePlan(1, Optional.empty(), List.of(ItemAmount.of("seedlings",
                        Money.ofMillions(10)))), new TranchePlan(2, Optional.of("m1"), List.of(ItemAmount.of("seedlings",
                        Money.ofMillions(5)), ItemAmount.of("fertiliser", Money.ofMillions(10))))))
                .reason(" ").build();

        KetnghiaException refusal = assertRefused(tooLow, StartupErrorCode.STARTUP_AMENDMENT_BELOW_DISBURSED);
        assertThat(refusal.has(StartupErrorCode.STARTUP_AMENDMENT_PAID_TRANCHE_CHANGED)).isTrue();
        assertThat(refusal.has(CoreErrorCode.VALUE_BLANK)).isTrue();
    }

    @Test
    void aPaidTrancheLeftOutOfTheAmendedPlan_isRefused() {
        AmendApproval withoutTheAdvance = AmendApproval.builder().from(reduceSeedlings("A-01", A_XAN, AMENDED_ON))
                .approvedItems(List.of(ItemAmount.of("seedlings", Money.ofMillions(30)),
                        ItemAmount.of("fertiliser", Money.ofMillions(10))))
                .tranches(List.of(new TranchePlan(2, Optional.of("m1"), List.of(ItemAmount.of("seedlings",
                        Money.ofMillions(30)), ItemAmount.of("fertiliser", Money.ofMillions(10))))))
                .build();
        assertRefused(withoutTheAdvance, StartupErrorCode.STARTUP_AMENDMENT_PAID_TRANCHE_CHANGED);
    }

    @Test
    void anAmendmentAboveTheRequest_theSamePlan_beforeTheApproval_orOfAnUnapprovedApplication_isRefused() {
        assertRefused(AmendApproval.builder().from(reduceSeedlings("A-01", A_XAN, AMENDED_ON))
                .approvedItems(List.of(ItemAmount.of("seedlings", Money.ofMillions(25)),
                        ItemAmount.of("fertiliser", Money.ofMillions(12))))
                .tranches(List.of(new TranchePlan(1, Optional.empty(), List.of(ItemAmount.of("seedlings",
                        Money.ofMillions(20)))), new TranchePlan(2, Optional.of("m1"), List.of(ItemAmount.of("seedlings",
                        Money.ofMillions(5)), ItemAmount.of("fertiliser", Money.ofMillions(12))))))
                .build(), StartupErrorCode.STARTUP_APPROVAL_ABOVE_REQUEST);
        ApproveApplication decided = approval("A-01", A_XAN);
        assertRefused(AmendApproval.builder().from(reduceSeedlings("A-01", A_XAN, AMENDED_ON))
                .approvedItems(decided.approvedItems()).tranches(decided.tranches()).build(),
                StartupErrorCode.STARTUP_AMENDMENT_UNCHANGED);
        assertRefused(reduceSeedlings("A-01", A_XAN, APPROVED.minusDays(1)), StartupErrorCode.STARTUP_BEFORE_APPROVAL);
        assertRefused(reduceSeedlings("A-02", A_XAN, AMENDED_ON), StartupErrorCode.STARTUP_OUT_OF_ORDER);
        assertRefused(reduceSeedlings("A-99", A_XAN, AMENDED_ON), StartupErrorCode.STARTUP_APPLICATION_UNKNOWN);
        assertRefused(reduceSeedlings("A-01", A_NONG, AMENDED_ON), StartupErrorCode.STARTUP_UNIT_MISMATCH);
    }

    @Test
    void permissions_theCommitteesAndTheSystemMayAmend_sponsorsLeadersAuditorsAndThePublicMayNot() {
        assertRefused(by(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_NONG)), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(by(Actor.forSponsor("so-y-te", "Sở Y tế", "so-y-te")), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(by(Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN)), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(by(Fixtures.actor(ActorRole.AUDITOR, "QNA")), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(by(Fixtures.actor(ActorRole.PUBLIC, "QNA")), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        List<Actor> permitted = List.of(Fixtures.PROVINCE, Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"),
                Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG), Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN));
        long seedlings = 25;
        for (Actor actor : permitted) {
            long before = kit.ledger.lastSequence();
            kit.ledger.submit(AmendApproval.builder().from(by(actor)).approvedItems(List.of(
                    ItemAmount.of("seedlings", Money.ofMillions(seedlings)), ItemAmount.of("fertiliser", Money.ofMillions(10))))
                    .tranches(List.of(new TranchePlan(1, Optional.empty(), List.of(ItemAmount.of("seedlings",
                            Money.ofMillions(20)))), new TranchePlan(2, Optional.of("m1"), List.of(ItemAmount.of(
                            "seedlings", Money.ofMillions(seedlings - 20)), ItemAmount.of("fertiliser", Money.ofMillions(10))))))
                    .build());
            assertThat(kit.ledger.lastSequence()).as(actor.role().name()).isEqualTo(before + 1);
            seedlings++;
        }
        assertThat(amendments()).hasSize(4);
    }

    private static AmendApproval by(Actor actor) {
        return AmendApproval.builder().from(reduceSeedlings("A-01", A_XAN, AMENDED_ON)).actor(actor).build();
    }

    @Test
    void theNewTypes_roundTripToAnEqualValue_andTheSameBytes() throws Exception {
        ObjectMapper mapper = kit.runtime.objectMapper();
        AmendApproval command = reduceSeedlings("A-01", A_XAN, AMENDED_ON);
        String commandJson = mapper.writeValueAsString(command);
        Command commandBack = mapper.readValue(commandJson, Command.class);
        assertThat(commandBack).isEqualTo(command);
        assertThat(mapper.writeValueAsString(commandBack)).isEqualTo(commandJson);
        assertThat(commandJson).contains("\"type\":\"startup.amend-approval\"").doesNotContain("aboveNormJustification");

        kit.ledger.submit(command);
        List<EventEnvelope> events = kit.ledger.store().readAll();
        ApprovalAmended event = events.get(events.size() - 1).payloadAs(ApprovalAmended.class).orElseThrow();
        String eventJson = mapper.writeValueAsString(event);
        LedgerEvent eventBack = mapper.readValue(eventJson, LedgerEvent.class);
        assertThat(eventBack).isEqualTo(event);
        assertThat(mapper.writeValueAsString(eventBack)).isEqualTo(eventJson);
        assertThat(eventJson).startsWith("{\"type\":\"startup.approval-amended\"").contains("\"previousTotal\":40000000")
                .doesNotContain("aboveNormJustification");
        ApprovalAmended justified = ApprovalAmended.builder().from(event).aboveNormJustification("Công văn 45/UBND")
                .build();
        assertThat(mapper.readValue(mapper.writeValueAsString(justified), LedgerEvent.class)).isEqualTo(justified);
        assertThat(mapper.writeValueAsString(events.get(events.size() - 2)))
                .as("the disbursement recorded before keeps its bytes").isEqualTo(mapper.writeValueAsString(
                        mapper.readValue(mapper.writeValueAsString(events.get(events.size() - 2)), EventEnvelope.class)));
    }

    private KetnghiaException assertRefused(Command command, ErrorCode code) {
        long before = kit.ledger.lastSequence();
        StartupProject project = a01();
        List<StartupProjects.ApprovalAmendment> history = kit.ledger.read(StartupProjects.class,
                projects -> projects.amendments("A-01"));
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> kit.ledger.submit(command));
        assertThat(thrown).isInstanceOf(KetnghiaException.class);
        KetnghiaException refusal = (KetnghiaException) thrown;
        assertThat(refusal.has(code)).as("codes %s", refusal.problems()).isTrue();
        assertThat(refusal.messageVi()).isNotBlank().doesNotContain("{0}");
        assertThat(refusal.messageEn()).isNotBlank().doesNotContain("{0}");
        assertThat(kit.ledger.lastSequence()).isEqualTo(before);
        assertThat(a01()).isEqualTo(project);
        assertThat(amendments()).isEqualTo(history);
        return refusal;
    }
}
