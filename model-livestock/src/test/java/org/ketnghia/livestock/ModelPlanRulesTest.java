package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.PROVINCE;
import static org.ketnghia.livestock.LivestockCommune.group;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.twinning.ApproveModelPlan;
import org.ketnghia.core.twinning.ModelPlanScope;
import org.ketnghia.core.twinning.PlanApprovalLevel;
import org.ketnghia.core.twinning.RecordModelPlan;
import org.ketnghia.core.twinning.StandardModels;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The commune's model plan (<i>phương án</i>) scopes the groups: once a commune has a plan of any model recorded, a
 * group is founded there only under a livestock plan approved by the founding day (a predecessor's plan counting for
 * the commune that carries it on after 1 July 2025); a commune with no plan recorded is not checked.
 */
class ModelPlanRulesTest {

    private static final LocalDate DRAFTED = LocalDate.of(2021, 7, 1);
    private static final LocalDate APPROVED = LocalDate.of(2021, 7, 20);
    private static final LocalDate AFTER_MERGERS = LocalDate.of(2025, 8, 1);

    private static RecordModelPlan plan(String planId, String commune, String modelId) {
        return RecordModelPlan.builder().actor(PROVINCE).unitCode(commune).occurredOn(DRAFTED).planId(planId)
                .scope(ModelPlanScope.builder().modelId(modelId).summaryVi("Phương án mô hình " + modelId).build())
                .build();
    }

    private static ApproveModelPlan approval(String planId, String commune, LocalDate on) {
        return ApproveModelPlan.builder().actor(Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"))
                .unitCode(commune).occurredOn(on).planId(planId).level(PlanApprovalLevel.PROVINCIAL_COMMITTEE)
                .decision("Quyết định số 21/QĐ-UBND").build();
    }

    private static Optional<GroupFounded> founded(LivestockCommune commune, String groupId) {
        return commune.ledger.<HouseholdGroups, Optional<GroupFounded>>read(HouseholdGroups.class,
                groups -> groups.group(groupId));
    }

    @Test
    void aGroup_underAnApprovedLivestockPlan_isAccepted() {
        LivestockCommune commune = new LivestockCommune().withHouseholds();
        commune.submit(plan("PA-DE", A_XAN, StandardModels.LIVESTOCK)).submit(approval("PA-DE", A_XAN, APPROVED));

        commune.submit(group(GROUP, "HN-1", "HN-2").build());

        assertThat(founded(commune, GROUP)).map(GroupFounded::communeCode).contains(A_XAN);
    }

    @Test
    void aGroup_withOnlyARecordedPlan_isRefused_namingCommuneModelAndDate_withEveryOtherProblem() {
        LivestockCommune commune = new LivestockCommune().withHouseholds();
        commune.submit(plan("PA-DE", A_XAN, StandardModels.LIVESTOCK));

        KetnghiaException refused = assertRefused(commune.ledger,
                group(GROUP, "HN-1", "HN-2").decisionReference(" ").build(), LivestockErrorCode.LIVESTOCK_NO_APPROVED_PLAN);

        assertThat(refused.problems()).extracting(p -> p.code())
                .containsExactlyInAnyOrder(CoreErrorCode.VALUE_BLANK, LivestockErrorCode.LIVESTOCK_NO_APPROVED_PLAN);
        assertThat(refused.problems()).filteredOn(p -> p.code() == LivestockErrorCode.LIVESTOCK_NO_APPROVED_PLAN)
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("unitCode");
                    assertThat(problem.messageVi()).contains(A_XAN).contains("livestock").contains("2021")
                            .contains("phương án");
                    assertThat(problem.messageEn()).contains(A_XAN).contains("livestock").contains("2021");
                });
        assertThat(founded(commune, GROUP)).isEmpty();
    }

    @Test
    void aGroup_underAPlanApprovedLater_orApprovedForAnotherModel_isRefused() {
        LivestockCommune later = new LivestockCommune().withHouseholds();
        later.submit(plan("PA-DE", A_XAN, StandardModels.LIVESTOCK))
                .submit(approval("PA-DE", A_XAN, LivestockCommune.FOUNDED_ON.plusDays(1)));
        assertRefused(later.ledger, group(GROUP, "HN-1", "HN-2").build(), LivestockErrorCode.LIVESTOCK_NO_APPROVED_PLAN);

        LivestockCommune other = new LivestockCommune().withHouseholds();
        other.submit(plan("PA-KN", A_XAN, StandardModels.STARTUP)).submit(approval("PA-KN", A_XAN, APPROVED));
        assertRefused(other.ledger, group(GROUP, "HN-1", "HN-2").build(), LivestockErrorCode.LIVESTOCK_NO_APPROVED_PLAN);
        assertThat(founded(other, GROUP)).isEmpty();
    }

    @Test
    void aGroup_inACommuneWithNoPlanRecorded_isAccepted_evenWhenAnotherCommuneHasOne() {
        LivestockCommune commune = new LivestockCommune().withHouseholds();
        commune.submit(plan("PA-DANG", Participants.A_NONG, StandardModels.LIVESTOCK));

        commune.submit(group(GROUP, "HN-1", "HN-2").build());

        assertThat(founded(commune, GROUP)).isPresent();
    }

    @Test
    void afterTheMergers_aPlanApprovedForThePredecessor_countsForTheSuccessor_andAnUnapprovedOneDoesNot() {
        LivestockCommune approved = mergedCommune();
        approved.submit(plan("PA-DE", A_XAN, StandardModels.LIVESTOCK)).submit(approval("PA-DE", A_XAN, APPROVED));
        approved.submit(successorGroup());
        assertThat(founded(approved, "to-de-hung-son")).map(GroupFounded::communeCode).contains(Participants.HUNG_SON);

        LivestockCommune unapproved = mergedCommune();
        unapproved.submit(plan("PA-DE", A_XAN, StandardModels.LIVESTOCK));
        KetnghiaException refused = assertRefused(unapproved.ledger, successorGroup(),
                LivestockErrorCode.LIVESTOCK_NO_APPROVED_PLAN);
        assertThat(refused.problems()).filteredOn(p -> p.code() == LivestockErrorCode.LIVESTOCK_NO_APPROVED_PLAN)
                .singleElement().satisfies(problem -> assertThat(problem.messageEn()).contains(Participants.HUNG_SON));
    }

    private static LivestockCommune mergedCommune() {
        LivestockCommune commune = new LivestockCommune();
        for (String id : List.of("HN-1", "HN-2", LivestockCommune.LEADER)) {
            commune.submit(Participants.household(id, Participants.A_UR, A_XAN,
                    Participants.head("Chủ hộ " + id, Sex.FEMALE, 1975)).build());
            commune.submit(Participants.status(id, A_XAN, 2025,
                    id.equals(LivestockCommune.LEADER) ? PovertyCategory.AVERAGE_LIVING_STANDARD : PovertyCategory.POOR));
        }
        return commune;
    }

    private static org.ketnghia.livestock.group.FoundGroup successorGroup() {
        return group("to-de-hung-son", "HN-1", "HN-2").unitCode(Participants.HUNG_SON).occurredOn(AFTER_MERGERS)
                .publicVoteOn(AFTER_MERGERS.minusDays(7)).build();
    }
}
