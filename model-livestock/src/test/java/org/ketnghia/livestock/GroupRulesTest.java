package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.group;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.UnionMembership;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.group.LeaderBasis;
import org.ketnghia.livestock.passon.PassOnPolicies;

/** The rules of household groups, each violation reported with its reason. */
class GroupRulesTest {

    private final LivestockCommune commune = new LivestockCommune().withHouseholds();
    private final Ledger ledger = commune.ledger;

    @Test
    void validGroup_isFounded_withCategoriesAndCharterQueue() {
        ledger.submit(group("to-1", "HN-1", "HN-2", "HN-3").build());

        GroupFounded founded = ledger.read(HouseholdGroups.class, groups -> groups.group("to-1").orElseThrow());
        assertThat(founded.queue()).containsExactly("HN-1", "HN-2", "HN-3");
        assertThat(founded.categories()).containsEntry("HN-3", PovertyCategory.NEAR_POOR);
        assertThat(founded.deputy().map(GroupMember::householdId)).contains("HN-1");
        assertThat(founded.passOnPolicy().id()).isEqualTo(PassOnPolicies.FIRST_FEMALE_OFFSPRING);
    }

    @Test
    void memberThatIsNotPoorNearPoorOrNewlyEscaped_isRefused() {
        assertRefused(ledger, group("to-1", "HN-1", LivestockCommune.LEADER).leaders(List.of(GroupLeader.household("HN-5", "CK")))
                .build(), LivestockErrorCode.LIVESTOCK_MEMBER_NOT_BENEFICIARY);
    }

    @Test
    void poorLeader_isRefused() {
        assertRefused(ledger, group("to-1", "HN-1", "HN-2").leaders(List.of(GroupLeader.household("HN-5", "CK"))).build(),
                LivestockErrorCode.LIVESTOCK_LEADER_IS_POOR);
    }

    @Test
    void twoLeaders_areRefused() {
        assertRefused(ledger, group("to-1", "HN-1", "HN-2").addLeaders(GroupLeader.household("HN-5", "CK")).build(),
                LivestockErrorCode.LIVESTOCK_GROUP_SEVERAL_LEADERS);
    }

    @Test
    void trustedPersonLeader_isAccepted_whenAUnionMember_andRefusedWithoutAnyBasis() {
        commune.withPerson("ng-1", UnionMembership.FARMERS_UNION).withPerson("ng-2");

        ledger.submit(group("to-1", "HN-1", "HN-2").leaders(List.of(GroupLeader.person("ng-1", "CK-1"))).build());
        assertRefused(ledger, group("to-2", "HN-3", "HN-4").leaders(List.of(GroupLeader.person("ng-2", "CK-2"))).build(),
                LivestockErrorCode.LIVESTOCK_LEADER_NOT_TRUSTED);
        ledger.submit(group("to-3", "HN-3", "HN-4")
                .leaders(List.of(GroupLeader.person("ng-2", "CK-2", LeaderBasis.EXPERIENCED_AND_TRUSTED))).build());
    }

    @Test
    void groupWithoutDeputy_orWithTwo_isRefused() {
        assertRefused(ledger, group("to-1").addMembers(GroupMember.of("HN-1", GroupRole.MEMBER, "CK-1")).build(),
                LivestockErrorCode.LIVESTOCK_GROUP_DEPUTY_COUNT);
        assertRefused(ledger, group("to-1", "HN-1").addMembers(GroupMember.of("HN-2", GroupRole.DEPUTY_SECRETARY, "CK-2"))
                .build(), LivestockErrorCode.LIVESTOCK_GROUP_DEPUTY_COUNT);
    }

    @Test
    void memberWithoutSignedCommitment_isRefused() {
        assertRefused(ledger, group("to-1", "HN-1").addMembers(GroupMember.builder().householdId("HN-2").build()).build(),
                LivestockErrorCode.LIVESTOCK_COMMITMENT_MISSING);
    }

    @Test
    void voteAfterTheDecision_isRefused() {
        assertRefused(ledger, group("to-1", "HN-1").publicVoteOn(LivestockCommune.FOUNDED_ON.plusDays(1)).build(),
                LivestockErrorCode.LIVESTOCK_VOTE_AFTER_DECISION);
    }

    @Test
    void cattleInAGoatDistrict_needsAJustification_whichIsRecorded() {
        assertRefused(ledger, group("to-1", "HN-1").species(Species.CATTLE).build(),
                LivestockErrorCode.LIVESTOCK_SPECIES_NOT_PRIORITY);

        ledger.submit(group("to-1", "HN-1").species(Species.CATTLE)
                .speciesJustification("Thôn có bãi chăn thả rộng, đủ điều kiện nuôi bò").build());
        java.util.Optional<String> justification =
                ledger.read(HouseholdGroups.class, groups -> groups.group("to-1").orElseThrow().speciesJustification());
        assertThat(justification).contains("Thôn có bãi chăn thả rộng, đủ điều kiện nuôi bò");
    }

    @Test
    void unknownHousehold_andOneListedTwice_areRefused_together() {
        KetnghiaException refusal = assertRefused(ledger, group("to-1", "HN-1", "HN-9", "HN-2", "HN-2").build(),
                LivestockErrorCode.LIVESTOCK_HOUSEHOLD_UNKNOWN);

        assertThat(refusal.problems()).extracting(p -> p.code()).contains(LivestockErrorCode.LIVESTOCK_HOUSEHOLD_LISTED_TWICE);
    }

    @Test
    void priorityRanking_putsEthnicMinorityHouseholdsFirst_thenPoorBeforeNearPoor() {
        commune.household("HN-K", "Nguyễn Thị Kim", "Kinh", PovertyCategory.POOR);

        ledger.submit(group("to-1", "HN-K", "HN-3", "HN-2")
                .passOnPolicy(PassOnPolicies.standard().require(PassOnPolicies.FIRST_CALF_ANY_SEX)).build());

        List<String> queue = ledger.read(HouseholdGroups.class, groups -> groups.group("to-1").orElseThrow().queue());
        assertThat(queue).containsExactly("HN-2", "HN-3", "HN-K");
    }
}
