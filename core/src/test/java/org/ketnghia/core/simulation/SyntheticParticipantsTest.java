package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.Sex;

/** Synthetic people are pure functions of their ids, fit their sex, and vary. */
class SyntheticParticipantsTest {

    private final SyntheticParticipants people = SyntheticParticipants.standard();

    @Test
    void namesAndNumbers_areTheSameForTheSameId_andVaryAcrossIds() {
        assertThat(people.fullName("sim-to-1-H3", Sex.FEMALE)).isEqualTo(people.fullName("sim-to-1-H3", Sex.FEMALE));
        assertThat(people.fullName("sim-to-1-H3", Sex.FEMALE)).contains(" Thị ");
        assertThat(people.fullName("sim-to-1-H3", Sex.MALE)).contains(" Văn ");
        assertThat(IntStream.range(0, 200).mapToObj(i -> people.fullName("H" + i, Sex.FEMALE)).distinct().count())
                .isGreaterThan(40);
        assertThat(people.idNumber("H1", Sex.FEMALE, 1980)).matches("0[0-9]{2}180[0-9]{6}")
                .isEqualTo(people.idNumber("H1", Sex.FEMALE, 1980));
        assertThat(people.idNumber("H1", Sex.MALE, 2001)).matches("0[0-9]{2}201[0-9]{6}");
    }

    @Test
    void household_hasItsHeadFirst_thenSpouseAndChildren() {
        List<HouseholdMember> members = people.householdMembers("H7", Sex.FEMALE, 1975, 4);

        assertThat(members).extracting(HouseholdMember::relation).containsExactly(HouseholdRelation.HEAD,
                HouseholdRelation.SPOUSE, HouseholdRelation.CHILD, HouseholdRelation.CHILD);
        assertThat(members.get(0).fullName()).isEqualTo(people.fullName("H7", Sex.FEMALE));
        assertThat(members.get(1).sex()).isEqualTo(Sex.MALE);
        assertThat(members.get(2).birthYear()).isEqualTo(1997);
        assertThat(people.householdMembers("H7", Sex.FEMALE, 1975, 1)).hasSize(1);
        assertThatThrownBy(() -> people.householdMembers("H7", Sex.FEMALE, 1975, 0)).hasMessageContaining("size");
    }

    @Test
    void aHostsOwnNamePools_areUsed_andAnEmptyPoolIsRefused() {
        SyntheticParticipants own = SyntheticParticipants.of(List.of("Hồ"), List.of("Văn A"), List.of("Thị B"));

        assertThat(own.fullName("x", Sex.MALE)).isEqualTo("Hồ Văn A");
        assertThat(own.fullName("y", Sex.FEMALE)).isEqualTo("Hồ Thị B");
        assertThatThrownBy(() -> SyntheticParticipants.of(List.of(), List.of("A"), List.of("B"))).hasMessageContaining("family");
    }
}
