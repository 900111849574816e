package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.twinning.ApproveModelPlan;
import org.ketnghia.core.twinning.ModelPlanScope;
import org.ketnghia.core.twinning.PlanApprovalLevel;
import org.ketnghia.core.twinning.RecordModelPlan;
import org.ketnghia.core.twinning.StandardModels;
import org.ketnghia.startup.project.CallForProposals;
import org.ketnghia.startup.project.OpenCall;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The commune's model plan (<i>phương án</i>) scopes the calls: once a commune has a plan of any model recorded, a
 * call of that commune opens only under a start-up plan approved by the opening day (a predecessor's plan counting
 * for the commune that carries it on after 1 July 2025); a district call and a commune with no plan recorded are not
 * checked.
 */
class ModelPlanRulesTest {

    private static final String A_XAN = StartupTestKit.A_XAN;
    private static final LocalDate DRAFTED = LocalDate.of(2024, 1, 10);
    private static final LocalDate APPROVED = LocalDate.of(2024, 2, 1);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 15);

    private final StartupTestKit kit = new StartupTestKit();

    private static RecordModelPlan plan(String planId, String commune, String modelId) {
        return RecordModelPlan.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(DRAFTED).planId(planId)
                .scope(ModelPlanScope.builder().modelId(modelId).addCallIds("kg-1").summaryVi("Phương án " + modelId)
                        .build())
                .build();
    }

    private static ApproveModelPlan approval(String planId, String commune, LocalDate on) {
        return ApproveModelPlan.builder().actor(Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"))
                .unitCode(commune).occurredOn(on).planId(planId).level(PlanApprovalLevel.PROVINCIAL_COMMITTEE)
                .decision("Quyết định số 30/QĐ-UBND").build();
    }

    private static OpenCall call(String callId, String unit, LocalDate opened) {
        return OpenCall.builder().actor(Fixtures.PROVINCE).unitCode(unit).occurredOn(opened).callId(callId)
                .title("Kêu gọi hồ sơ " + callId).deadline(opened.plusMonths(2)).budget(Money.ofMillions(100)).build();
    }

    private List<Problem> refusal(Command command) {
        long before = kit.ledger.lastSequence();
        List<String> calls = callIds();
        Throwable thrown = catchThrowable(() -> kit.ledger.submit(command));
        assertThat(thrown).isInstanceOf(KetnghiaException.class);
        assertThat(kit.ledger.lastSequence()).as("nothing appended").isEqualTo(before);
        assertThat(callIds()).isEqualTo(calls);
        return ((KetnghiaException) thrown).problems();
    }

    private List<String> callIds() {
        return kit.ledger.read(StartupProjects.class, StartupProjects::calls).stream().map(CallForProposals::callId)
                .toList();
    }

    @Test
    void aCommuneCall_underAnApprovedStartupPlan_isAccepted() {
        kit.submit(plan("PA-KN", A_XAN, StandardModels.STARTUP));
        kit.submit(approval("PA-KN", A_XAN, APPROVED));

        kit.submit(call("kg-1", A_XAN, StartupTestKit.OPENED));

        assertThat(callIds()).containsExactly("kg-1");
    }

    @Test
    void aCommuneCall_withOnlyARecordedPlan_isRefused_namingCommuneModelAndDate_withEveryOtherProblem() {
        kit.submit(plan("PA-KN", A_XAN, StandardModels.STARTUP));

        List<Problem> problems = refusal(OpenCall.builder().from(call("kg-1", A_XAN, StartupTestKit.OPENED)).title(" ")
                .build());

        assertThat(problems).extracting(Problem::code)
                .containsExactlyInAnyOrder(CoreErrorCode.VALUE_BLANK, StartupErrorCode.STARTUP_NO_APPROVED_PLAN);
        assertThat(problems).filteredOn(p -> p.code() == StartupErrorCode.STARTUP_NO_APPROVED_PLAN).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("unitCode");
                    assertThat(problem.messageVi()).contains(A_XAN).contains("startup").contains("2024")
                            .contains("phương án");
                    assertThat(problem.messageEn()).contains(A_XAN).contains("startup").contains("2024");
                });
    }

    @Test
    void aCommuneCall_underAPlanForAnotherModel_orApprovedAfterTheOpening_isRefused() {
        kit.submit(plan("PA-DE", A_XAN, StandardModels.LIVESTOCK));
        kit.submit(approval("PA-DE", A_XAN, APPROVED));
        assertThat(refusal(call("kg-1", A_XAN, StartupTestKit.OPENED))).extracting(Problem::code)
                .containsExactly(StartupErrorCode.STARTUP_NO_APPROVED_PLAN);

        kit.submit(plan("PA-KN", A_XAN, StandardModels.STARTUP));
        kit.submit(approval("PA-KN", A_XAN, StartupTestKit.OPENED.plusDays(1)));
        assertThat(refusal(call("kg-1", A_XAN, StartupTestKit.OPENED))).extracting(Problem::code)
                .containsExactly(StartupErrorCode.STARTUP_NO_APPROVED_PLAN);
        kit.submit(call("kg-1", A_XAN, StartupTestKit.OPENED.plusDays(1)));
        assertThat(callIds()).containsExactly("kg-1");
    }

    @Test
    void aDistrictCall_isNotCheckedAgainstItsCommunesPlans() {
        kit.submit(plan("PA-KN", A_XAN, StandardModels.STARTUP));

        kit.submit(call("kg-huyen", StartupTestKit.TAY_GIANG, StartupTestKit.OPENED));

        assertThat(callIds()).containsExactly("kg-huyen");
    }

    @Test
    void aCommuneCall_withNoPlanRecordedForTheCommune_isAccepted_evenWhenAnotherCommuneHasOne() {
        kit.submit(plan("PA-KN", StartupTestKit.A_NONG, StandardModels.STARTUP));

        kit.submit(call("kg-1", A_XAN, StartupTestKit.OPENED));

        assertThat(callIds()).containsExactly("kg-1");
    }

    @Test
    void afterTheMergers_aPlanApprovedForThePredecessor_countsForTheSuccessor() {
        kit.submit(plan("PA-KN", A_XAN, StandardModels.STARTUP));
        assertThat(refusal(call("kg-hung-son", Participants.HUNG_SON, IN_2026))).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(StartupErrorCode.STARTUP_NO_APPROVED_PLAN);
            assertThat(problem.messageEn()).contains(Participants.HUNG_SON);
        });

        kit.submit(approval("PA-KN", A_XAN, APPROVED));
        kit.submit(call("kg-hung-son", Participants.HUNG_SON, IN_2026));

        assertThat(callIds()).containsExactly("kg-hung-son");
        // Tây Giang commune carries on other communes, none with a plan: not checked
        kit.submit(call("kg-tay-giang", Participants.TAY_GIANG_COMMUNE, IN_2026));
        assertThat(callIds()).containsExactly("kg-hung-son", "kg-tay-giang");
    }
}
