package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.village.VillageTestKit.A_UR;
import static org.ketnghia.village.VillageTestKit.A_XAN;
import static org.ketnghia.village.VillageTestKit.HUNG_SON;
import static org.ketnghia.village.VillageTestKit.PA_RONG;
import static org.ketnghia.village.VillageTestKit.REGISTERED_ON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.twinning.ApproveModelPlan;
import org.ketnghia.core.twinning.ModelPlanScope;
import org.ketnghia.core.twinning.PlanApprovalLevel;
import org.ketnghia.core.twinning.RecordModelPlan;
import org.ketnghia.core.twinning.StandardModels;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.scheme.RegisterVillage;
import org.ketnghia.village.scheme.VillageProgress;
import org.ketnghia.village.scheme.VillageRegistry;

/**
 * The commune's model plan (<i>phương án</i>) scopes the villages: once the village's commune has a plan of any
 * model recorded, a village is registered only under a model-village plan approved by the registration day (a
 * predecessor's plan counting for the commune that carries it on after 1 July 2025); a commune with no plan recorded
 * is not checked.
 */
class ModelPlanRulesTest {

    private static final CriteriaSet SAMPLE = CriteriaSets.sample();
    private static final LocalDate DRAFTED = LocalDate.of(2024, 1, 10);
    private static final LocalDate APPROVED = LocalDate.of(2024, 2, 1);
    private static final LocalDate AFTER_MERGER = LocalDate.of(2025, 9, 1);

    private final Ledger ledger = VillageTestKit.runtime().ledger();

    ModelPlanRulesTest() {
        VillageTestKit.twinning(ledger);
        ledger.submit(VillageTestKit.adopt(SAMPLE));
    }

    private static RecordModelPlan plan(String planId, String commune, String modelId) {
        return RecordModelPlan.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(DRAFTED).planId(planId)
                .scope(ModelPlanScope.builder().modelId(modelId).summaryVi("Phương án " + modelId).build()).build();
    }

    private static ApproveModelPlan approval(String planId, String commune, LocalDate on) {
        return ApproveModelPlan.builder().actor(Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"))
                .unitCode(commune).occurredOn(on).planId(planId).level(PlanApprovalLevel.PROVINCIAL_COMMITTEE)
                .decision("Quyết định số 40/QĐ-UBND").build();
    }

    private boolean registered(String village) {
        return ledger.read(VillageRegistry.class, registry -> registry.isRegistered(village));
    }

    private List<Problem> refusal(Command command) {
        long before = ledger.lastSequence();
        List<VillageProgress> villages = ledger.read(VillageRegistry.class, VillageRegistry::villages);
        try {
            ledger.submit(command);
        } catch (KetnghiaException refused) {
            assertThat(ledger.lastSequence()).as("nothing appended on refusal").isEqualTo(before);
            assertThat(ledger.read(VillageRegistry.class, VillageRegistry::villages)).isEqualTo(villages);
            return refused.problems();
        }
        throw new AssertionError("accepted: " + command);
    }

    @Test
    void aVillage_underAnApprovedVillagePlan_isRegistered() {
        ledger.submit(plan("PA-NTM", A_XAN, StandardModels.VILLAGE));
        ledger.submit(approval("PA-NTM", A_XAN, APPROVED));

        ledger.submit(VillageTestKit.register(A_UR, SAMPLE.id(), REGISTERED_ON));

        assertThat(registered(A_UR)).isTrue();
    }

    @Test
    void aVillage_withOnlyARecordedPlan_isRefused_namingCommuneModelAndDate_withEveryOtherProblem() {
        ledger.submit(plan("PA-NTM", A_XAN, StandardModels.VILLAGE));

        List<Problem> problems = refusal(RegisterVillage.builder()
                .from(VillageTestKit.register(A_UR, SAMPLE.id(), REGISTERED_ON)).reference(" ").build());

        assertThat(problems).extracting(Problem::code)
                .containsExactlyInAnyOrder(CoreErrorCode.VALUE_BLANK, VillageErrorCode.VILLAGE_NO_APPROVED_PLAN);
        assertThat(problems).filteredOn(p -> p.code() == VillageErrorCode.VILLAGE_NO_APPROVED_PLAN).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("unitCode");
                    assertThat(problem.messageVi()).contains(A_XAN).contains("village").contains("2024")
                            .contains("phương án");
                    assertThat(problem.messageEn()).contains(A_XAN).contains("village").contains("2024");
                });
        assertThat(registered(A_UR)).isFalse();
    }

    @Test
    void aVillage_underAPlanForAnotherModel_orApprovedAfterTheRegistration_isRefused() {
        ledger.submit(plan("PA-DT", A_XAN, StandardModels.TRAINING));
        ledger.submit(approval("PA-DT", A_XAN, APPROVED));
        assertThat(refusal(VillageTestKit.register(A_UR, SAMPLE.id(), REGISTERED_ON))).extracting(Problem::code)
                .containsExactly(VillageErrorCode.VILLAGE_NO_APPROVED_PLAN);

        ledger.submit(plan("PA-NTM", A_XAN, StandardModels.VILLAGE));
        ledger.submit(approval("PA-NTM", A_XAN, REGISTERED_ON.plusDays(1)));
        assertThat(refusal(VillageTestKit.register(A_UR, SAMPLE.id(), REGISTERED_ON))).extracting(Problem::code)
                .containsExactly(VillageErrorCode.VILLAGE_NO_APPROVED_PLAN);
        ledger.submit(VillageTestKit.register(A_UR, SAMPLE.id(), REGISTERED_ON.plusDays(1)));
        assertThat(registered(A_UR)).isTrue();
    }

    @Test
    void aVillage_whoseCommuneHasNoPlanRecorded_isRegistered_evenWhenAnotherCommuneHasOne() {
        ledger.submit(plan("PA-NTM", A_XAN, StandardModels.VILLAGE));

        ledger.submit(VillageTestKit.register(PA_RONG, SAMPLE.id(), REGISTERED_ON));

        assertThat(registered(PA_RONG)).isTrue();
    }

    @Test
    void afterTheMergers_aPlanApprovedForThePredecessor_countsForTheSuccessor() {
        ledger.submit(plan("PA-NTM", A_XAN, StandardModels.VILLAGE));
        assertThat(refusal(VillageTestKit.register(A_UR, SAMPLE.id(), AFTER_MERGER))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(VillageErrorCode.VILLAGE_NO_APPROVED_PLAN);
                    assertThat(problem.messageEn()).contains(HUNG_SON);
                });

        ledger.submit(approval("PA-NTM", A_XAN, APPROVED));
        ledger.submit(VillageTestKit.register(A_UR, SAMPLE.id(), AFTER_MERGER));

        assertThat(ledger.read(VillageRegistry.class, registry -> registry.village(A_UR)).orElseThrow()
                .communeCodeAtRegistration()).isEqualTo(HUNG_SON);
        // Pà Rồng's commune after the mergers (Tây Giang) carries on none with a plan: not checked
        ledger.submit(VillageTestKit.register(PA_RONG, SAMPLE.id(), AFTER_MERGER));
        assertThat(registered(PA_RONG)).isTrue();
    }
}
